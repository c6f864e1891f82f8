using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Baselines;

/// <summary>Reads SmpRules' answers (<see cref="CareAdvice"/>, <see cref="CareAdviceView"/>, <see cref="CareSnapshot"/>) as <see cref="RuleVerdict"/> arrays for comparison.</summary>
public static class SmpRulesStandard
{
    /// <summary>Applies the Standard protocol to the plan, then asks the schedule (<see cref="CareSchedule.At"/>).</summary>
    public static RuleVerdict[] ViaSchedule(CarePlan plan, Instant instant) =>
        FromAdvice(StandardProtocol.Instance.Apply(plan).At(instant));

    /// <summary>Applies the Standard protocol to the plan, then reads the non-allocating view (<see cref="CareSchedule.Lookup"/>).</summary>
    public static RuleVerdict[] ViaLookup(CarePlan plan, Instant instant) =>
        FromView(StandardProtocol.Instance.Apply(plan).Lookup(instant));

    /// <summary>Asks the protocol directly, without a schedule (<see cref="CareProtocol.AdviceAt"/>).</summary>
    public static RuleVerdict[] ViaAdviceAt(CarePlan plan, Instant instant) =>
        FromSnapshot(StandardProtocol.Instance.AdviceAt(plan, instant));

    /// <summary>Converts a one-shot answer.</summary>
    public static RuleVerdict[] FromSnapshot(CareSnapshot snapshot)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (CareSnapshotItem item in snapshot.Items)
        {
            answer[StandardAnswer.IndexOf(item.RuleId)] = new RuleVerdict(ToVerdict(item.Status), item.Session.Number);
        }

        return answer;
    }

    /// <summary>Converts an answer object.</summary>
    public static RuleVerdict[] FromAdvice(CareAdvice advice)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (CareAdviceItem item in advice.Items)
        {
            answer[StandardAnswer.IndexOf(item.RuleId)] = new RuleVerdict(ToVerdict(item.Status), item.Session.Number);
        }

        return answer;
    }

    /// <summary>Converts a view.</summary>
    public static RuleVerdict[] FromView(CareAdviceView view)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (CareAdviceItem item in view)
        {
            answer[StandardAnswer.IndexOf(item.RuleId)] = new RuleVerdict(ToVerdict(item.Status), item.Session.Number);
        }

        return answer;
    }

    private static Verdict ToVerdict(CareStatus status) => status == CareStatus.Applies ? Verdict.Applies : Verdict.Suspended;
}
