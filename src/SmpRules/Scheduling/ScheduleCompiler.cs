using System;
using System.Collections.Generic;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Scheduling;

/// <summary>
/// Compiles a protocol applied to a plan: evaluates every rule's window, resolves suspension in precedence order, joins
/// the pieces into maximal stretches, and lays the pieces out as segments between transitions. The cost grows with
/// sessions times rules, never with the span of time asked about.
/// </summary>
internal static class ScheduleCompiler
{
    internal static CompiledSchedule Compile(CareProtocol protocol, CarePlan plan)
    {
        var context = new PlanContext(plan);
        int ruleCount = protocol.Rules.Length;
        var applies = new List<Piece>?[ruleCount];
        var perRule = new List<Part>?[ruleCount];

        // Rules often share a window (the Standard protocol has 7 rules and 3 windows); pieces are never modified, so
        // each distinct window is evaluated once.
        var windows = new Dictionary<CareWindow, List<Piece>>();
        int partCount = 0;
        foreach (int r in protocol.PrecedenceOrder)
        {
            CareRule rule = protocol.Rules[r];
            if (rule.Condition is not null && !rule.Condition.IsSatisfiedBy(plan.Facts))
            {
                continue;
            }

            if (!windows.TryGetValue(rule.Window, out List<Piece>? window))
            {
                window = rule.Window.Evaluate(context);
                windows.Add(rule.Window, window);
            }

            List<Part> parts = Suspend(r, window, protocol.SuspenderIndexes[r], applies, out List<Piece> rulesApplies);
            perRule[r] = parts;
            applies[r] = rulesApplies;
            partCount += parts.Count;
        }

        // Parts and stretches are ordered by rule, then start: a list of them in index order is in protocol order.
        var allParts = new Part[partCount];
        var partStretch = new int[partCount];
        var stretches = new List<Stretch>(partCount);
        var ruleStretches = new int[ruleCount + 1];
        int p = 0;
        for (int r = 0; r < ruleCount; r++)
        {
            ruleStretches[r] = stretches.Count;
            List<Part>? parts = perRule[r];
            if (parts is null)
            {
                continue;
            }

            for (int i = 0; i < parts.Count; i++, p++)
            {
                Part part = parts[i];
                allParts[p] = part;
                if (stretches.Count > ruleStretches[r] && stretches[^1].End == part.Start && stretches[^1].Status == part.Status)
                {
                    stretches[^1] = stretches[^1] with { End = part.End };
                }
                else
                {
                    // A suspended stretch resumes where it ends if the rule applies right there.
                    if (stretches.Count > ruleStretches[r] && stretches[^1].Status == CareStatus.Suspended && stretches[^1].End == part.Start)
                    {
                        stretches[^1] = stretches[^1] with { Resumes = true };
                    }

                    stretches.Add(new Stretch(r, part.Start, part.End, part.Status, Resumes: false));
                }

                partStretch[p] = stretches.Count - 1;
            }
        }

        ruleStretches[ruleCount] = stretches.Count;
        Stretch[] stretchArray = stretches.ToArray();
        return Layout(allParts, partStretch, stretchArray, ruleStretches);
    }

    private static List<Part> Suspend(int rule, List<Piece> window, int[] suspenders, List<Piece>?[] applies, out List<Piece> rulesApplies)
    {
        var result = new List<Part>(window.Count);
        rulesApplies = new List<Piece>(window.Count);
        List<List<Piece>>? lists = null;
        List<int>? ids = null;
        foreach (int s in suspenders)
        {
            if (applies[s] is { Count: > 0 } list)
            {
                (lists ??= new List<List<Piece>>()).Add(list);
                (ids ??= new List<int>()).Add(s);
            }
        }

        if (lists is null || ids is null)
        {
            foreach (Piece piece in window)
            {
                result.Add(new Part(rule, piece.Start, piece.End, CareStatus.Applies, piece.Session, -1));
                rulesApplies.Add(piece);
            }

            return result;
        }

        var bounds = new List<Instant>();
        foreach (Piece piece in window)
        {
            bounds.Add(piece.Start);
            bounds.Add(piece.End);
        }

        foreach (List<Piece> list in lists)
        {
            foreach (Piece piece in list)
            {
                bounds.Add(piece.Start);
                bounds.Add(piece.End);
            }
        }

        bounds.Sort();
        var cursors = new int[lists.Count];
        int w = 0;
        for (int k = 0; k + 1 < bounds.Count; k++)
        {
            Instant from = bounds[k];
            Instant to = bounds[k + 1];
            if (from == to)
            {
                continue;
            }

            while (w < window.Count && window[w].End <= from)
            {
                w++;
            }

            if (w == window.Count)
            {
                break;
            }

            if (window[w].Start > from)
            {
                continue;
            }

            // Suspended by the first of its suspenders (in the rule's order) that applies.
            int suspender = -1;
            for (int l = 0; l < lists.Count; l++)
            {
                List<Piece> list = lists[l];
                while (cursors[l] < list.Count && list[cursors[l]].End <= from)
                {
                    cursors[l]++;
                }

                if (suspender < 0 && cursors[l] < list.Count && list[cursors[l]].Start <= from)
                {
                    suspender = ids[l];
                }
            }

            int session = window[w].Session;
            CareStatus status = suspender < 0 ? CareStatus.Applies : CareStatus.Suspended;
            if (result.Count > 0)
            {
                Part last = result[^1];
                if (last.End == from && last.Status == status && last.Session == session && last.Suspender == suspender)
                {
                    result[^1] = last with { End = to };
                    if (status == CareStatus.Applies)
                    {
                        rulesApplies[^1] = rulesApplies[^1] with { End = to };
                    }

                    continue;
                }
            }

            result.Add(new Part(rule, from, to, status, session, suspender));
            if (status == CareStatus.Applies)
            {
                Piece.Append(rulesApplies, new Piece(from, to, session));
            }
        }

        return result;
    }

    private static CompiledSchedule Layout(Part[] parts, int[] partStretch, Stretch[] stretches, int[] ruleStretches)
    {
        Instant[] transitions = DistinctSorted(parts.Length, i => parts[i].Start, i => parts[i].End);
        Instant[] changes = DistinctSorted(stretches.Length, i => stretches[i].Start, i => stretches[i].End);

        var starts = new Instant[parts.Length];
        var byStart = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            starts[i] = parts[i].Start;
            byStart[i] = i;
        }

        Array.Sort(starts, byStart);

        // Segment 0 lies before the first transition and holds nothing; segment k + 1 starts at transition k. At most one
        // part of a rule holds at an instant, so the active parts, kept in index order, are in protocol order.
        var offsets = new int[transitions.Length + 2];
        var items = new List<int>(parts.Length * 2);
        var active = new List<int>();
        int next = 0;
        for (int k = 0; k < transitions.Length; k++)
        {
            Instant t = transitions[k];
            int kept = 0;
            for (int a = 0; a < active.Count; a++)
            {
                if (parts[active[a]].End > t)
                {
                    active[kept++] = active[a];
                }
            }

            active.RemoveRange(kept, active.Count - kept);
            while (next < byStart.Length && starts[next] == t)
            {
                int index = active.BinarySearch(byStart[next]);
                active.Insert(~index, byStart[next]);
                next++;
            }

            items.AddRange(active);
            offsets[k + 2] = items.Count;
        }

        var seeds = new ItemSeed[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            seeds[i] = new ItemSeed(parts[i].Rule, parts[i].Session, parts[i].Suspender);
        }

        return new CompiledSchedule(parts, partStretch, stretches, ruleStretches, transitions, offsets, items.ToArray(), changes, seeds);
    }

    /// <summary>The distinct starts and (finite) ends of some intervals, in order.</summary>
    private static Instant[] DistinctSorted(int count, Func<int, Instant> start, Func<int, Instant> end)
    {
        var instants = new Instant[count * 2];
        int n = 0;
        for (int i = 0; i < count; i++)
        {
            instants[n++] = start(i);
            Instant e = end(i);
            if (e != Piece.Forever)
            {
                instants[n++] = e;
            }
        }

        Array.Sort(instants, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++)
        {
            if (distinct == 0 || instants[distinct - 1] != instants[i])
            {
                instants[distinct++] = instants[i];
            }
        }

        Array.Resize(ref instants, distinct);
        return instants;
    }
}

/// <summary>The arrays a compiled schedule answers from.</summary>
/// <param name="Parts">Every part, ordered by rule, then start.</param>
/// <param name="PartStretch">For each part, the index of its stretch.</param>
/// <param name="Stretches">Every maximal stretch, ordered by rule, then start.</param>
/// <param name="RuleStretches">Offsets into <paramref name="Stretches"/>: rule r's stretches are [RuleStretches[r], RuleStretches[r + 1]).</param>
/// <param name="Transitions">Every instant at which some part starts or ends, in order.</param>
/// <param name="SegmentOffsets">Segment k holds the parts SegmentItems[SegmentOffsets[k] .. SegmentOffsets[k + 1]).</param>
/// <param name="SegmentItems">Part indexes, segment by segment, in protocol order.</param>
/// <param name="Changes">Every instant at which some stretch starts or ends (a real change), in order.</param>
/// <param name="Seeds">For each part, what an answer item of it holds: rule, session and suspender.</param>
internal sealed record CompiledSchedule(
    Part[] Parts,
    int[] PartStretch,
    Stretch[] Stretches,
    int[] RuleStretches,
    Instant[] Transitions,
    int[] SegmentOffsets,
    int[] SegmentItems,
    Instant[] Changes,
    ItemSeed[] Seeds)
{
    /// <summary>The transitions in whole seconds since 1970, rounded down: searched first, as integers.</summary>
    private readonly long[] _transitionSeconds = Array.ConvertAll(Transitions, t => t.ToUnixTimeSeconds());

    /// <summary>The seeds of <see cref="SegmentItems"/>, segment by segment: what an answer at an instant reads directly.</summary>
    internal ItemSeed[] SegmentSeeds { get; } = Array.ConvertAll(SegmentItems, part => Seeds[part]);

    /// <summary>Returns the index of the segment holding an instant: the number of transitions at or before it.</summary>
    internal int SegmentOf(Instant instant)
    {
        // The transitions in a second at or before the instant's, found as integers; then those within that very second
        // that lie after the instant are taken back (transitions rarely share a second, and never an instant).
        long[] seconds = _transitionSeconds;
        long second = instant.ToUnixTimeSeconds();
        int lo = 0, hi = seconds.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (seconds[mid] <= second)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        Instant[] transitions = Transitions;
        while (lo > 0 && seconds[lo - 1] == second && transitions[lo - 1] > instant)
        {
            lo--;
        }

        return lo;
    }

    /// <summary>Returns the index of rule <paramref name="rule"/>'s stretch that holds an instant, or -1.</summary>
    internal int StretchOf(int rule, Instant instant)
    {
        int lo = RuleStretches[rule], hi = RuleStretches[rule + 1];
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (Stretches[mid].Start <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        int found = lo - 1;
        return found >= RuleStretches[rule] && Stretches[found].Contains(instant) ? found : -1;
    }

    /// <summary>The number of instants of a sorted array at or before an instant.</summary>
    internal static int CountAtOrBefore(Instant[] sorted, Instant instant)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sorted[mid] <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>What an answer item of a part holds, packed for copying: rule, governing session and suspender (or -1).</summary>
internal readonly record struct ItemSeed(int Rule, int Session, int Suspender);
