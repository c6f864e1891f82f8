using System;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Baselines;

/// <summary>Reads SmpRules' answers (<see cref="CareAdvice"/> and its items) as <see cref="RuleVerdict"/> arrays for comparison.</summary>
public static class SmpRulesStandard
{
    /// <summary>README's path from a request's raw inputs: builds the plan, applies the Standard protocol, asks at the instant.</summary>
    public static RuleVerdict[] FromRawInputs(DateTimeZone zone, LocalDateTime[] sessions, Instant instant) =>
        FromAdvice(StandardProtocol.Instance.Apply(CarePlan.Create(zone, sessions)).At(instant));

    /// <summary>Applies the Standard protocol to the plan, then asks the schedule (<see cref="CareSchedule.At(Instant)"/>), before anything compiles it.</summary>
    public static RuleVerdict[] ViaSchedule(CarePlan plan, Instant instant) =>
        FromAdvice(StandardProtocol.Instance.Apply(plan).At(instant));

    /// <summary>Applies the Standard protocol, compiles the course, then asks the compiled schedule.</summary>
    public static RuleVerdict[] ViaCompiled(CarePlan plan, Instant instant)
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);
        _ = schedule.Transitions;
        return FromAdvice(schedule.At(instant));
    }

    /// <summary>Applies the Standard protocol, then enumerates the answer without allocating (<see cref="CareSchedule.EnumerateAt"/>).</summary>
    public static RuleVerdict[] ViaEnumerateAt(CarePlan plan, Instant instant)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (CareAdviceItem item in StandardProtocol.Instance.Apply(plan).EnumerateAt(instant))
        {
            answer[StandardAnswer.IndexOf(item.RuleId)] = new RuleVerdict(ToVerdict(item.Status), item.Session.Number);
        }

        return answer;
    }

    /// <summary>Converts an answer.</summary>
    public static RuleVerdict[] FromAdvice(CareAdvice advice)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (CareAdviceItem item in advice.Items)
        {
            answer[StandardAnswer.IndexOf(item.RuleId)] = new RuleVerdict(ToVerdict(item.Status), item.Session.Number);
        }

        return answer;
    }

    /// <summary>Converts items.</summary>
    public static RuleVerdict[] FromItems(ReadOnlySpan<CareAdviceItem> items)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (CareAdviceItem item in items)
        {
            answer[StandardAnswer.IndexOf(item.RuleId)] = new RuleVerdict(ToVerdict(item.Status), item.Session.Number);
        }

        return answer;
    }

    private static Verdict ToVerdict(CareStatus status) => status == CareStatus.Applies ? Verdict.Applies : Verdict.Suspended;
}
