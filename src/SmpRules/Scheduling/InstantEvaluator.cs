using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    private const int NotEvaluated = int.MinValue;
    private const int MaxStackInts = 768;

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

    /// <summary>Returns the items at an instant, in protocol order.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit]
    internal CareAdviceItem[] Evaluate(CareSchedule schedule, Instant instant, LocalDate date)
    {
        CarePlan plan = schedule.Plan;
        ImmutableArray<CareSession> sessions = plan.Sessions;
        var query = new InstantQuery(sessions, instant, date);
        int ruleCount = _rules.Length;

        // One scratch span for the rules' governing sessions and suspenders and the windows' answers: on the stack for
        // any protocol of a realistic size, so that a point question allocates only its answer.
        int scratchLength = (2 * ruleCount) + _windows.Length;
        Span<int> scratch = scratchLength <= MaxStackInts ? stackalloc int[scratchLength] : new int[scratchLength];
        Span<int> governing = scratch[..ruleCount];
        Span<int> suspender = scratch.Slice(ruleCount, ruleCount);
        Span<int> windows = scratch[(2 * ruleCount)..];
        governing.Fill(-1);
        windows.Fill(NotEvaluated);

        int count = 0;
        FactCondition?[]? conditions = _conditions;
        int[] windowOf = _windowOf;
        int[] start = _suspenderStart;
        int[] suspenders = _suspenders;
        foreach (int r in _order)
        {
            if (conditions is not null && conditions[r] is { } condition && !condition.IsSatisfiedBy(plan.Facts))
            {
                continue;
            }

            int w = windowOf[r];
            int session = windows[w];
            if (session == NotEvaluated)
            {
                session = windows[w] = _windows[w].GoverningAt(query);
            }

            if (session < 0)
            {
                continue;
            }

            // Suspended by the first of its suspenders (in the rule's order) that applies: as ScheduleCompiler.Suspend.
            int by = -1;
            for (int j = start[r]; j < start[r + 1]; j++)
            {
                int s = suspenders[j];
                if (governing[s] >= 0 && suspender[s] < 0)
                {
                    by = s;
                    break;
                }
            }

            governing[r] = session;
            suspender[r] = by;
            count++;
        }

        if (count == 0)
        {
            return [];
        }

        var items = new CareAdviceItem[count];
        int k = 0;
        for (int r = 0; k < items.Length; r++)
        {
            if (governing[r] >= 0)
            {
                items[k++] = new CareAdviceItem(schedule, r, governing[r], suspender[r], instant, date, dayPart: false);
            }
        }

        return items;
    }
}
