using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;
using static SmpRules.Tests.Support.Time;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Scheduling;

/// <summary>
/// DOMAIN.md section 3, "Stretches", and the worked example of section 4 with both sessions (2026-11-20 10:00 and
/// 2026-12-01 10:00, Europe/London): an answer's "until" goes on across a session handover, at every boundary, asked of
/// the compiled course and of a schedule answering a point question before it compiles.
/// </summary>
public sealed class HandoverTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly Duration Minute = Duration.FromMinutes(1);
    private static readonly CarePlan TwoSessions = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"));

    public static TheoryData<bool> CompiledOrNot => new() { true, false };

    private static CareSchedule Schedule(bool compiled)
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(TwoSessions);
        if (compiled)
        {
            _ = schedule.Transitions;
        }

        return schedule;
    }

    private static CareAdviceItem Sauna(CareSchedule schedule, string local) =>
        schedule.At(At(London, local)).Items.Single(i => i.RuleId == Ids.NoSaunaOrSteam);

    [Theory]
    [MemberData(nameof(CompiledOrNot))]
    public void NoSauna_AskedOnTheTwentySecond_LastsUntilTheThirtiethOfDecemberNotTheSecondSession(bool compiled)
    {
        CareAdviceItem sauna = Sauna(Schedule(compiled), "2026-11-22T12:00");

        sauna.Interval.Should().Be(new Interval(At(London, "2026-11-20T10:00"), At(London, "2026-12-30T00:00")));
        sauna.Session.Number.Should().Be(1);
        sauna.SessionDay.Should().Be(2);
        sauna.Explanation.Should().Be("Day 2 of session 1 (2026-11-20 10:00): applies from 2026-11-20 10:00 until 2026-12-30 00:00, for days 0 to 28 of each session.");
    }

    [Theory]
    [MemberData(nameof(CompiledOrNot))]
    public void NoSauna_AskedOnTheThirdOfDecember_FromTheFirstSessionNamingTheSecond(bool compiled)
    {
        CareAdviceItem sauna = Sauna(Schedule(compiled), "2026-12-03T12:00");

        sauna.Interval.Should().Be(new Interval(At(London, "2026-11-20T10:00"), At(London, "2026-12-30T00:00")));
        sauna.Session.Number.Should().Be(2);
        sauna.SessionDay.Should().Be(2);
    }

    [Theory]
    [InlineData("2026-11-20T10:00", 1)]
    [InlineData("2026-12-01T09:59", 1)]
    [InlineData("2026-12-01T10:00", 2)]
    [InlineData("2026-12-01T10:01", 2)]
    [InlineData("2026-12-29T23:59", 2)]
    public void NoSauna_AtEveryBoundaryInside_OneStretchNamingTheSessionThatGoverns(string local, int session)
    {
        foreach (bool compiled in new[] { true, false })
        {
            CareAdviceItem sauna = Sauna(Schedule(compiled), local);

            sauna.Interval.Should().Be(new Interval(At(London, "2026-11-20T10:00"), At(London, "2026-12-30T00:00")));
            sauna.Session.Number.Should().Be(session);
        }
    }

    [Theory]
    [InlineData("2026-11-20T09:59")]
    [InlineData("2026-12-30T00:00")]
    public void NoSauna_JustOutside_IsAbsent(string local)
    {
        Schedule(compiled: true).At(At(London, local)).Items.Should().NotContain(i => i.RuleId == Ids.NoSaunaOrSteam);
        Schedule(compiled: false).At(At(London, local)).Items.Should().NotContain(i => i.RuleId == Ids.NoSaunaOrSteam);
    }

    [Fact]
    public void OnTheSecondSessionsDate_EachRuleOncePerStretch()
    {
        CareAdvice advice = Schedule(compiled: false).On(D("2026-12-01"));

        advice.Items.Where(i => i.RuleId == Ids.NoSaunaOrSteam).Should().ContainSingle()
            .Which.Should().Match<CareAdviceItem>(i => i.Session.Number == 2 && i.SessionDay == 0 && i.PartOfDay == null);
        CareAdviceItem[] shampoo = advice.Items.Where(i => i.RuleId == Ids.ShampooAndCondition).ToArray();
        shampoo.Should().HaveCount(2);
        shampoo[0].Status.Should().Be(CareStatus.Applies);
        shampoo[0].PartOfDay.Should().Be(new Interval(At(London, "2026-12-01T00:00"), At(London, "2026-12-01T10:00")));
        shampoo[1].Status.Should().Be(CareStatus.Suspended);
        shampoo[1].Interval.Should().Be(new Interval(At(London, "2026-12-01T10:00"), At(London, "2026-12-06T00:00")));
        shampoo[1].ResumesAt.Should().Be(At(London, "2026-12-06T00:00"));
    }

    [Fact]
    public void Transitions_NoneAtABareHandover()
    {
        // Session 2 starts a new dry period, so 2026-12-01 10:00 is a change; no other handover is listed.
        Schedule(compiled: false).Transitions.Should().Equal(
            At(London, "2026-11-20T10:00"), At(London, "2026-11-25T00:00"), At(London, "2026-12-01T10:00"), At(London, "2026-12-06T00:00"), At(London, "2026-12-30T00:00"));
    }

    [Fact]
    public void SuspendedByOneRuleThenAnother_OneStretchUntilItResumes()
    {
        // Days 0-2 suspended by a.first, days 3-5 by b.second: suspended until day 6 00:00, when it resumes.
        CareSchedule schedule = Protocol(
                Rule("a.first", CareWindow.Days(0, 2)),
                Rule("b.second", CareWindow.Days(3, 5)),
                Rule("c.suspended", CareWindow.DaysFrom(0), suspendedBy: ["a.first", "b.second"]))
            .Apply(CarePlan.Create(London, L("2026-11-20T10:00")));

        foreach (string local in new[] { "2026-11-20T10:00", "2026-11-22T23:59", "2026-11-23T00:00", "2026-11-25T23:59" })
        {
            CareAdviceItem item = schedule.At(At(London, local)).Items.Single(i => i.RuleId == "c.suspended");
            item.Interval.Should().Be(new Interval(At(London, "2026-11-20T10:00"), At(London, "2026-11-26T00:00")), local);
            item.ResumesAt.Should().Be(At(London, "2026-11-26T00:00"));
            item.SuspendedBy!.Id.Should().Be(string.CompareOrdinal(local, "2026-11-23") < 0 ? "a.first" : "b.second", local);
        }

        schedule.At(At(London, "2026-11-26T00:00")).Items.Single(i => i.RuleId == "c.suspended").Status.Should().Be(CareStatus.Applies);

        // On the day of the switch the suspender named is the latest within the date.
        schedule.On(D("2026-11-23")).Items.Single(i => i.RuleId == "c.suspended").SuspendedBy!.Id.Should().Be("b.second");
        schedule.On(D("2026-11-22")).Items.Single(i => i.RuleId == "c.suspended").SuspendedBy!.Id.Should().Be("a.first");
        schedule.NextChange(At(London, "2026-11-21T00:00"))!.At.Should().Be(At(London, "2026-11-23T00:00"), "a.first ending and b.second starting is a change");
        schedule.NextChange(At(London, "2026-11-21T00:00"))!.Started.Select(i => i.RuleId).Should().Equal("b.second");
    }
}
