using System;
using System.Collections.Generic;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Scheduling;

/// <summary>
/// Applies a protocol to a plan: evaluates every rule's window, resolves suspension in precedence order, and lays the
/// resulting stretches out as segments between transitions. The cost grows with sessions times rules, never with time.
/// </summary>
internal static class ScheduleCompiler
{
    internal static CompiledSchedule Compile(CareProtocol protocol, CarePlan plan)
    {
        var context = new PlanContext(plan);
        int ruleCount = protocol.Rules.Length;
        var applies = new List<Piece>[ruleCount];
        var perRule = new List<Stretch>[ruleCount];
        var active = new bool[ruleCount];

        // Rules often share a window (the Standard protocol has 7 rules and 3 windows); pieces are never modified, so
        // each distinct window is evaluated once.
        var windows = new Dictionary<CareWindow, List<Piece>>();

        foreach (int r in protocol.PrecedenceOrder)
        {
            CareRule rule = protocol.Rules[r];
            active[r] = rule.Condition is null || rule.Condition.IsSatisfiedBy(plan.Facts);
            if (!active[r])
            {
                applies[r] = new List<Piece>();
                perRule[r] = new List<Stretch>();
                continue;
            }

            if (!windows.TryGetValue(rule.Window, out List<Piece>? window))
            {
                window = rule.Window.Evaluate(context);
                windows.Add(rule.Window, window);
            }

            perRule[r] = Suspend(r, window, protocol.SuspenderIndexes[r], applies, active, out List<Piece> rulesApplies);
            applies[r] = rulesApplies;
        }

        var stretches = new List<Stretch>();
        for (int r = 0; r < ruleCount; r++)
        {
            AddWithResumes(perRule[r], stretches);
        }

        return Layout(stretches.ToArray());
    }

    private static List<Stretch> Suspend(int rule, List<Piece> window, int[] suspenders, List<Piece>[] applies, bool[] active, out List<Piece> rulesApplies)
    {
        var result = new List<Stretch>(window.Count);
        rulesApplies = new List<Piece>(window.Count);
        var lists = new List<List<Piece>>();
        var ids = new List<int>();
        foreach (int s in suspenders)
        {
            if (active[s] && applies[s].Count > 0)
            {
                lists.Add(applies[s]);
                ids.Add(s);
            }
        }

        if (lists.Count == 0)
        {
            foreach (Piece p in window)
            {
                result.Add(new Stretch(rule, p.Start, p.End, CareStatus.Applies, p.Session, -1, Stretch.Never));
                rulesApplies.Add(p);
            }

            return result;
        }

        var bounds = new List<Instant>();
        foreach (Piece p in window)
        {
            bounds.Add(p.Start);
            bounds.Add(p.End);
        }

        foreach (List<Piece> list in lists)
        {
            foreach (Piece p in list)
            {
                bounds.Add(p.Start);
                bounds.Add(p.End);
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
                Stretch last = result[^1];
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

            result.Add(new Stretch(rule, from, to, status, session, suspender, Stretch.Never));
            if (status == CareStatus.Applies)
            {
                Piece.Append(rulesApplies, new Piece(from, to, session));
            }
        }

        return result;
    }

    /// <summary>Adds a rule's stretches, telling each suspended one when the rule applies again (if it does before its window ends).</summary>
    private static void AddWithResumes(List<Stretch> ruleStretches, List<Stretch> all)
    {
        for (int i = 0; i < ruleStretches.Count; i++)
        {
            Stretch s = ruleStretches[i];
            if (s.Status == CareStatus.Suspended)
            {
                int j = i + 1;
                while (j < ruleStretches.Count && ruleStretches[j].Start == ruleStretches[j - 1].End && ruleStretches[j].Status == CareStatus.Suspended)
                {
                    j++;
                }

                bool resumes = j < ruleStretches.Count && ruleStretches[j].Start == ruleStretches[j - 1].End;
                s = s with { ResumesAt = resumes ? ruleStretches[j].Start : Stretch.Never };
            }

            all.Add(s);
        }
    }

    private static CompiledSchedule Layout(Stretch[] stretches)
    {
        // Stretches are ordered by rule, then start: an item list in stretch order is in protocol order.
        var instants = new List<Instant>(stretches.Length * 2);
        foreach (Stretch s in stretches)
        {
            instants.Add(s.Start);
            if (s.End != Piece.Forever)
            {
                instants.Add(s.End);
            }
        }

        instants.Sort();
        var transitions = new List<Instant>(instants.Count);
        foreach (Instant t in instants)
        {
            if (transitions.Count == 0 || transitions[^1] != t)
            {
                transitions.Add(t);
            }
        }

        int[] byStart = new int[stretches.Length];
        for (int i = 0; i < byStart.Length; i++)
        {
            byStart[i] = i;
        }

        Array.Sort(byStart, (a, b) => stretches[a].Start.CompareTo(stretches[b].Start) is var c && c != 0 ? c : a.CompareTo(b));

        // Segment 0 lies before the first transition and holds nothing; segment k + 1 starts at transition k.
        var offsets = new int[transitions.Count + 2];
        var items = new List<int>();
        var activeSet = new List<int>();
        int next = 0;
        offsets[0] = 0;
        offsets[1] = 0;
        for (int k = 0; k < transitions.Count; k++)
        {
            Instant t = transitions[k];
            activeSet.RemoveAll(i => stretches[i].End <= t);
            while (next < byStart.Length && stretches[byStart[next]].Start == t)
            {
                activeSet.Add(byStart[next]);
                next++;
            }

            activeSet.Sort();
            items.AddRange(activeSet);
            offsets[k + 2] = items.Count;
        }

        return new CompiledSchedule(stretches, transitions.ToArray(), offsets, items.ToArray());
    }
}

/// <summary>The arrays a schedule answers from.</summary>
internal sealed record CompiledSchedule(Stretch[] Stretches, Instant[] Transitions, int[] SegmentOffsets, int[] SegmentItems);
