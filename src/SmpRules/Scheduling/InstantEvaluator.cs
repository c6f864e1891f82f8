using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Scheduling;

/// <summary>
/// A protocol prepared for point questions on a schedule whose course is not compiled: each distinct window is tested
/// once against the sessions around the instant, then suspension is resolved in precedence order. It gives, rule for
/// rule, the status, governing session and suspender the compiled course gives at that instant.
/// </summary>
internal sealed class InstantEvaluator
{
    private const int MaxStackInts = 768;

    /// <summary>What the scratch holds for a window that does not cover the instant (0 is "not yet evaluated").</summary>
    private const int NotCovering = -1;

    private readonly CareRule[] _rules;
    private readonly FactCondition?[]? _conditions;
    private readonly CareWindow[] _windows;
    private readonly int[] _windowOf;
    private readonly int[] _order;
    private readonly int[] _suspenderStart;
    private readonly int[] _suspenders;

    internal InstantEvaluator(CareProtocol protocol)
    {
        _rules = [.. protocol.Rules];
        _order = protocol.PrecedenceOrder;

        // Conditions only when some rule has one; each rule's suspenders as a run of one flat array.
        _conditions = Array.Exists(_rules, r => r.Condition is not null) ? Array.ConvertAll(_rules, r => r.Condition) : null;
        int[][] suspenders = protocol.SuspenderIndexes;
        _suspenderStart = new int[_rules.Length + 1];
        var flat = new List<int>();
        for (int r = 0; r < _rules.Length; r++)
        {
            _suspenderStart[r] = flat.Count;
            flat.AddRange(suspenders[r]);
        }

        _suspenderStart[_rules.Length] = flat.Count;
        _suspenders = [.. flat];

        // Rules often share a window (the Standard protocol has 7 rules and 3 windows): evaluate each once.
        var distinct = new Dictionary<CareWindow, int>();
        _windowOf = new int[_rules.Length];
        for (int r = 0; r < _rules.Length; r++)
        {
            if (!distinct.TryGetValue(_rules[r].Window, out int w))
            {
                w = distinct.Count;
                distinct.Add(_rules[r].Window, w);
            }

            _windowOf[r] = w;
        }

        _windows = new CareWindow[distinct.Count];
        foreach (KeyValuePair<CareWindow, int> pair in distinct)
        {
            _windows[pair.Value] = pair.Key;
        }
    }

    /// <summary>
    /// Finds the seeds of the items at an instant (rule, governing session, suspender), in protocol order: when there are
    /// at most <see cref="InlineSeeds.Capacity"/>, packed into <paramref name="inline"/> (returning <see langword="null"/>),
    /// otherwise as an array.
    /// </summary>
    /// <returns>The seeds, or <see langword="null"/> when they are in <paramref name="inline"/>.</returns>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal ItemSeed[]? Evaluate(CarePlan plan, Instant instant, int dayNumber, ref InlineSeeds inline, out int count)
    {
        var query = new InstantQuery(plan.Sessions, instant, dayNumber);
        int ruleCount = _rules.Length;

        // One scratch span for the rules' governing sessions and suspenders and the windows' answers, each stored plus
        // one so that 0 means none (or not yet evaluated): on the stack for any protocol of a realistic size, so that a
        // point question allocates only its answer.
        int scratchLength = (2 * ruleCount) + _windows.Length;
        Span<int> scratch = scratchLength <= MaxStackInts ? stackalloc int[scratchLength] : new int[scratchLength];
        scratch.Clear();
        ref int governing = ref MemoryMarshal.GetReference(scratch);
        ref int suspender = ref Unsafe.Add(ref governing, ruleCount);
        ref int windows = ref Unsafe.Add(ref suspender, ruleCount);

        count = 0;
        FactCondition?[]? conditions = _conditions;
        int[] windowOf = _windowOf;
        int[] start = _suspenderStart;
        int[] suspenders = _suspenders;
        CareWindow[] windowList = _windows;
        foreach (int r in _order)
        {
            if (conditions is not null && conditions[r] is { } condition && !condition.IsSatisfiedBy(plan.Facts))
            {
                continue;
            }

            int w = windowOf[r];
            ref int window = ref Unsafe.Add(ref windows, w);
            if (window == 0)
            {
                // The governing session's index plus one, or NotCovering.
                int governs = windowList[w].GoverningAt(query);
                window = governs >= 0 ? governs + 1 : NotCovering;
            }

            if (window == NotCovering)
            {
                continue;
            }

            // Suspended by the first of its suspenders (in the rule's order) that applies: as ScheduleCompiler.Suspend.
            int by = 0;
            for (int j = start[r]; j < start[r + 1]; j++)
            {
                int s = suspenders[j];
                if (Unsafe.Add(ref governing, s) != 0 && Unsafe.Add(ref suspender, s) == 0)
                {
                    by = s + 1;
                    break;
                }
            }

            Unsafe.Add(ref governing, r) = window;
            Unsafe.Add(ref suspender, r) = by;
            count++;
        }

        if (count == 0)
        {
            return [];
        }

        if (count <= InlineSeeds.Capacity && ruleCount <= InlineSeeds.MaxRules)
        {
            int n = 0;
            for (int r = 0; n < count; r++)
            {
                int session = Unsafe.Add(ref governing, r);
                if (session != 0)
                {
                    inline[n++] = InlineSeeds.Pack(r, session - 1, Unsafe.Add(ref suspender, r) - 1);
                }
            }

            return null;
        }

        var seeds = new ItemSeed[count];
        int k = 0;
        for (int r = 0; k < seeds.Length; r++)
        {
            int session = Unsafe.Add(ref governing, r);
            if (session != 0)
            {
                seeds[k++] = new ItemSeed(r, session - 1, Unsafe.Add(ref suspender, r) - 1);
            }
        }

        return seeds;
    }
}
