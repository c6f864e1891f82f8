using System.Threading.Tasks;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Scheduling;

/// <summary>One schedule queried from many threads at once gives the answers it gives one query at a time.</summary>
public sealed class CareScheduleConcurrencyTests
{
    private const int Queries = 6_000;

    private static string Describe(IEnumerable<CareAdviceItem> items) =>
        string.Join(" ", items.Select(i => $"{i.RuleId}:{i.Status}:{i.Session.Number}:{i.SessionDay}:{i.Interval}:{i.SuspendedBy?.Id}:{i.ResumesAt}:{i.PartOfDay}"));

    private static string Answer(CareSchedule schedule, int query)
    {
        Instant first = schedule.Plan.FirstSession.Instant - Duration.FromDays(2);
        Instant t = first + Duration.FromMinutes((query * 7919L) % (60 * 24 * 120));
        switch (query % 5)
        {
            case 0:
                return Describe(schedule.At(t).Items);
            case 1:
                var enumerated = new List<CareAdviceItem>();
                foreach (CareAdviceItem item in schedule.EnumerateAt(t))
                {
                    enumerated.Add(item);
                }

                return Describe(enumerated);
            case 2:
                return Describe(schedule.On(t.InZone(schedule.Zone).Date).Items);
            case 3:
                CareChange? change = schedule.NextChange(t);
                return change is null ? "none" : $"{change.At} {Describe(change.Started)} / {Describe(change.Ended)} / {string.Join(";", change.Started.Select(i => i.Explanation))}";
            default:
                return string.Join(";", schedule.Timeline(t, t + Duration.FromDays(3)).Select(s => s.Interval + Describe(s.Items)))
                    + string.Join(";", schedule.At(t).Items.Select(i => i.Explanation));
        }
    }

    [Fact]
    public void Queries_FromManyThreadsAtOnce_GiveTheSequentialAnswers()
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(
            CarePlan.Create(Santiago, L("2026-08-20T10:00"), L("2026-09-04T18:30"), L("2026-09-06T12:00"), L("2026-10-01T09:00")));
        string[] expected = Enumerable.Range(0, Queries).Select(q => Answer(schedule, q)).ToArray();
        var actual = new string[Queries];

        ParallelLoopResult result = Parallel.For(0, Queries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, q => actual[q] = Answer(schedule, q));

        result.IsCompleted.Should().BeTrue();
        actual.Should().Equal(expected);
    }

    [Fact]
    public void Apply_OneProtocolToManyPlansAtOnce_GivesTheSequentialSchedules()
    {
        CarePlan[] plans = Enumerable.Range(0, 200)
            .Select(i => CarePlan.Create(London, L("2026-03-01T10:00").PlusDays(i), L("2026-03-01T10:00").PlusDays(i + 10)))
            .ToArray();
        string Timeline(CarePlan plan) =>
            string.Join(";", StandardProtocol.Instance.Apply(plan).Timeline().Select(s => s.Interval + Describe(s.Items)));
        string[] expected = plans.Select(Timeline).ToArray();
        var actual = new string[plans.Length];

        Parallel.For(0, plans.Length, i => actual[i] = Timeline(plans[i]));

        actual.Should().Equal(expected);
    }

    [Fact]
    public void PointQueries_FromManyThreadsOnAFreshProtocol_GiveWhatTheCompiledScheduleGives()
    {
        // A protocol prepares its point-question evaluator on first use; many first uses at once must still agree.
        CareProtocol fresh = StandardProtocol.Instance.ToBuilder().Build();
        CarePlan plan = CarePlan.Create(Santiago, L("2026-08-20T10:00"), L("2026-09-04T18:30"), L("2026-09-06T12:00"));
        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);
        _ = schedule.Transitions;
        Instant first = plan.FirstSession.Instant - Duration.FromDays(1);
        Instant At(int q) => first + Duration.FromMinutes((q * 7919L) % (60 * 24 * 60));
        string[] expected = Enumerable.Range(0, 4000)
            .Select(q => string.Join(" ", schedule.At(At(q)).Items.Select(i => $"{i.RuleId}:{i.Status}:{i.Session.Number}:{i.SessionDay}:{i.SuspendedBy?.Id}")))
            .ToArray();
        var actual = new string[expected.Length];

        Parallel.For(0, expected.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, q =>
            actual[q] = string.Join(" ", fresh.Apply(plan).At(At(q)).Items.Select(i => $"{i.RuleId}:{i.Status}:{i.Session.Number}:{i.SessionDay}:{i.SuspendedBy?.Id}")));

        actual.Should().Equal(expected);
    }

    [Fact]
    public void FirstQuestions_FromManyThreadsOnOneUncompiledSchedule_CompileOnceAndAgree()
    {
        CarePlan plan = CarePlan.Create(Santiago, L("2026-08-20T10:00"), L("2026-09-04T18:30"), L("2026-09-06T12:00"), L("2026-10-01T09:00"));
        string[] expected = Enumerable.Range(0, Queries).Select(q => Answer(StandardProtocol.Instance.Apply(plan), q)).ToArray();
        CareSchedule shared = StandardProtocol.Instance.Apply(plan);
        shared.IsCompiled.Should().BeFalse();
        var actual = new string[Queries];

        Parallel.For(0, Queries, new ParallelOptions { MaxDegreeOfParallelism = 8 }, q => actual[q] = Answer(shared, q));

        actual.Should().Equal(expected);
        shared.IsCompiled.Should().BeTrue();
    }
}
