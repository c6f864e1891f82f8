using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Tests.Support;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Scheduling;

/// <summary>DOMAIN.md section 4's worked example: one session on 2026-11-20 at 10:00, Europe/London, and a second on 2026-12-01.</summary>
public sealed class WorkedExampleTests
{
    private static CareSchedule OneSession() =>
        StandardProtocol.Instance.Apply(CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0)));

    private static Instant Local(string text) =>
        LocalDateTimePattern.GeneralIso.Parse(text).Value.InZoneLeniently(London).ToInstant();

    private static Dictionary<string, CareStatus> StatusesAt(CareSchedule schedule, Instant t) =>
        schedule.At(t).Items.ToDictionary(i => i.RuleId, i => i.Status);

    [Fact]
    public void At_MinuteBeforeFirstSession_NothingApplies()
    {
        StatusesAt(OneSession(), Local("2026-11-20T09:59:00")).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-11-20T10:00:00")]
    [InlineData("2026-11-20T10:01:00")]
    [InlineData("2026-11-24T23:59:00")]
    public void At_DryPeriod_KeepDryRednessHatAndNoSaunaApply_ShampooMoisturizeExerciseSuspended(string local)
    {
        StatusesAt(OneSession(), Local(local)).Should().Equal(new Dictionary<string, CareStatus>
        {
            [Ids.KeepScalpDry] = CareStatus.Applies,
            [Ids.RednessAndItching] = CareStatus.Applies,
            [Ids.LooseHat] = CareStatus.Applies,
            [Ids.ShampooAndCondition] = CareStatus.Suspended,
            [Ids.Moisturize] = CareStatus.Suspended,
            [Ids.NoSaunaOrSteam] = CareStatus.Applies,
            [Ids.ControlledExercise] = CareStatus.Suspended,
        });
    }

    [Theory]
    [InlineData("2026-11-25T00:00:00")]
    [InlineData("2026-11-25T00:01:00")]
    [InlineData("2026-12-18T23:59:00")]
    public void At_HealingPhaseAfterDryPeriod_ShampooMoisturizeExerciseApply(string local)
    {
        StatusesAt(OneSession(), Local(local)).Should().Equal(new Dictionary<string, CareStatus>
        {
            [Ids.LooseHat] = CareStatus.Applies,
            [Ids.ShampooAndCondition] = CareStatus.Applies,
            [Ids.Moisturize] = CareStatus.Applies,
            [Ids.NoSaunaOrSteam] = CareStatus.Applies,
            [Ids.ControlledExercise] = CareStatus.Applies,
        });
    }

    [Theory]
    [InlineData("2026-12-19T00:00:00")]
    [InlineData("2027-06-01T12:00:00")]
    public void At_AfterHealingPhase_OnlyShampooAndMoisturizeRemain(string local)
    {
        StatusesAt(OneSession(), Local(local)).Should().Equal(new Dictionary<string, CareStatus>
        {
            [Ids.ShampooAndCondition] = CareStatus.Applies,
            [Ids.Moisturize] = CareStatus.Applies,
        });
    }

    [Fact]
    public void At_SuspendedShampoo_NamesSuspenderAndResumeInstant()
    {
        CareAdviceItem shampoo = OneSession().At(Local("2026-11-22T12:00:00")).Items.Single(i => i.RuleId == Ids.ShampooAndCondition);

        shampoo.SuspendedBy!.Id.Should().Be(Ids.KeepScalpDry);
        shampoo.ResumesAt.Should().Be(Local("2026-11-25T00:00:00"));
        shampoo.Session.Number.Should().Be(1);
        shampoo.SessionDay.Should().Be(2);
        shampoo.Explanation.Should().Be("Day 2 of session 1 (2026-11-20 10:00): suspended by 'dry-period.keep-scalp-dry' from 2026-11-20 10:00 until 2026-11-25 00:00, when it resumes.");
    }

    [Fact]
    public void On_SecondSessionDayTwo_NamesSessionTwoDayTwo()
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(
            CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0)));

        CareAdvice advice = schedule.On(new LocalDate(2026, 12, 3));

        CareAdviceItem dry = advice.Items.Single(i => i.RuleId == Ids.KeepScalpDry);
        dry.Session.Number.Should().Be(2);
        dry.SessionDay.Should().Be(2);
        dry.Status.Should().Be(CareStatus.Applies);
        dry.Interval.Should().Be(new Interval(Local("2026-12-01T10:00:00"), Local("2026-12-06T00:00:00")));
        advice.Items.Single(i => i.RuleId == Ids.ShampooAndCondition).Status.Should().Be(CareStatus.Suspended);
        advice.CourseDay.Should().Be(13);
    }

    // Every boundary of DOMAIN.md's worked example, a minute before, at, and a minute after. Each item reads
    // rule:status+session/day, A for applies and S for suspended, in protocol order.
    private const string DryPeriodDay0 = "dry:A1/0 red:A1/0 hat:A1/0 shampoo:S1/0 moist:S1/0 sauna:A1/0 exercise:S1/0";

    [Theory]
    [InlineData("2026-11-20T09:59", "")]
    [InlineData("2026-11-20T10:00", DryPeriodDay0)]
    [InlineData("2026-11-20T10:01", DryPeriodDay0)]
    [InlineData("2026-11-20T23:59", DryPeriodDay0)]
    [InlineData("2026-11-21T00:00", "dry:A1/1 red:A1/1 hat:A1/1 shampoo:S1/1 moist:S1/1 sauna:A1/1 exercise:S1/1")]
    [InlineData("2026-11-24T23:59", "dry:A1/4 red:A1/4 hat:A1/4 shampoo:S1/4 moist:S1/4 sauna:A1/4 exercise:S1/4")]
    [InlineData("2026-11-25T00:00", "hat:A1/5 shampoo:A1/5 moist:A1/5 sauna:A1/5 exercise:A1/5")]
    [InlineData("2026-11-25T00:01", "hat:A1/5 shampoo:A1/5 moist:A1/5 sauna:A1/5 exercise:A1/5")]
    [InlineData("2026-12-18T23:59", "hat:A1/28 shampoo:A1/28 moist:A1/28 sauna:A1/28 exercise:A1/28")]
    [InlineData("2026-12-19T00:00", "shampoo:A1/29 moist:A1/29")]
    [InlineData("2026-12-19T00:01", "shampoo:A1/29 moist:A1/29")]
    [InlineData("2036-12-19T00:01", "shampoo:A1/3682 moist:A1/3682")]
    public void At_OneSessionBoundaries_MinuteBeforeAtAndAfter(string local, string expected)
    {
        Describe(OneSession().At(At(London, local)).Items).Should().Be(expected);
    }

    [Theory]
    [InlineData("2026-11-20T09:59", "")]
    [InlineData("2026-11-20T10:00", DryPeriodDay0)]
    [InlineData("2026-11-24T23:59", "dry:A1/4 red:A1/4 hat:A1/4 shampoo:S1/4 moist:S1/4 sauna:A1/4 exercise:S1/4")]
    [InlineData("2026-11-25T00:00", "hat:A1/5 shampoo:A1/5 moist:A1/5 sauna:A1/5 exercise:A1/5")]
    [InlineData("2026-12-01T09:59", "hat:A1/11 shampoo:A1/11 moist:A1/11 sauna:A1/11 exercise:A1/11")]
    [InlineData("2026-12-01T10:00", "dry:A2/0 red:A2/0 hat:A2/0 shampoo:S1/11 moist:S1/11 sauna:A2/0 exercise:S2/0")]
    [InlineData("2026-12-01T10:01", "dry:A2/0 red:A2/0 hat:A2/0 shampoo:S1/11 moist:S1/11 sauna:A2/0 exercise:S2/0")]
    [InlineData("2026-12-03T12:00", "dry:A2/2 red:A2/2 hat:A2/2 shampoo:S1/13 moist:S1/13 sauna:A2/2 exercise:S2/2")]
    [InlineData("2026-12-05T23:59", "dry:A2/4 red:A2/4 hat:A2/4 shampoo:S1/15 moist:S1/15 sauna:A2/4 exercise:S2/4")]
    [InlineData("2026-12-06T00:00", "hat:A2/5 shampoo:A1/16 moist:A1/16 sauna:A2/5 exercise:A2/5")]
    [InlineData("2026-12-06T00:01", "hat:A2/5 shampoo:A1/16 moist:A1/16 sauna:A2/5 exercise:A2/5")]
    [InlineData("2026-12-18T23:59", "hat:A2/17 shampoo:A1/28 moist:A1/28 sauna:A2/17 exercise:A2/17")]
    [InlineData("2026-12-19T00:00", "hat:A2/18 shampoo:A1/29 moist:A1/29 sauna:A2/18 exercise:A2/18")]
    [InlineData("2026-12-19T00:01", "hat:A2/18 shampoo:A1/29 moist:A1/29 sauna:A2/18 exercise:A2/18")]
    [InlineData("2026-12-29T23:59", "hat:A2/28 shampoo:A1/39 moist:A1/39 sauna:A2/28 exercise:A2/28")]
    [InlineData("2026-12-30T00:00", "shampoo:A1/40 moist:A1/40")]
    [InlineData("2026-12-30T00:01", "shampoo:A1/40 moist:A1/40")]
    public void At_TwoSessionBoundaries_SecondSessionRestartsDryPeriodAndHealingPhase(string local, string expected)
    {
        Describe(TwoSessions().At(At(London, local)).Items).Should().Be(expected);
    }

    [Fact]
    public void Transitions_OneSession_AreTheSessionDayFiveAndDayTwentyNine()
    {
        OneSession().Transitions.Should().Equal(
            At(London, "2026-11-20T10:00"), At(London, "2026-11-25T00:00"), At(London, "2026-12-19T00:00"));
    }

    [Fact]
    public void Transitions_TwoSessions_FirstHealingPhaseEndIsNoLongerAChange()
    {
        TwoSessions().Transitions.Should().Equal(
            At(London, "2026-11-20T10:00"),
            At(London, "2026-11-25T00:00"),
            At(London, "2026-12-01T10:00"),
            At(London, "2026-12-06T00:00"),
            At(London, "2026-12-30T00:00"));
    }

    [Fact]
    public void At_TwoSessions_EachSessionWindowsMergeIntoOneStretchAcrossTheHandover()
    {
        CareSchedule schedule = TwoSessions();

        CareAdviceItem first = schedule.At(At(London, "2026-12-01T09:59")).Items.Single(i => i.RuleId == Ids.LooseHat);
        CareAdviceItem second = schedule.At(At(London, "2026-12-01T10:00")).Items.Single(i => i.RuleId == Ids.LooseHat);

        first.Interval.Should().Be(new Interval(At(London, "2026-11-20T10:00"), At(London, "2026-12-30T00:00")));
        second.Interval.Should().Be(first.Interval);
        first.Session.Number.Should().Be(1);
        second.Session.Number.Should().Be(2);
        second.Session.Instant.Should().Be(At(London, "2026-12-01T10:00"));
    }

    [Fact]
    public void At_SecondDryPeriod_ShampooResumesAtDayFiveOfSessionTwo()
    {
        CareAdviceItem shampoo = TwoSessions().At(At(London, "2026-12-03T12:00")).Items.Single(i => i.RuleId == Ids.ShampooAndCondition);

        shampoo.Status.Should().Be(CareStatus.Suspended);
        shampoo.SuspendedBy.Should().BeSameAs(StandardProtocol.KeepScalpDry);
        shampoo.ResumesAt.Should().Be(At(London, "2026-12-06T00:00"));
        shampoo.Interval.Should().Be(new Interval(At(London, "2026-12-01T10:00"), At(London, "2026-12-06T00:00")));
        shampoo.Explanation.Should().Be("Day 13 of session 1 (2026-11-20 10:00): suspended by 'dry-period.keep-scalp-dry' from 2026-12-01 10:00 until 2026-12-06 00:00, when it resumes.");
    }

    [Fact]
    public void At_DryPeriodItem_ExplainsSessionDayAndWindow()
    {
        CareAdviceItem dry = TwoSessions().At(At(London, "2026-12-03T12:00")).Items.Single(i => i.RuleId == Ids.KeepScalpDry);

        dry.Explanation.Should().Be("Day 2 of session 2 (2026-12-01 10:00): applies from 2026-12-01 10:00 until 2026-12-06 00:00, for days 0 to 4 of each session.");
        dry.SuspendedBy.Should().BeNull();
        dry.ResumesAt.Should().BeNull();
        dry.Directive.Should().Be(CareDirective.Avoid);
        dry.Family.Should().Be(CareFamily.DryPeriod);
    }

    [Fact]
    public void At_AfterHealingPhase_ShampooAppliesForGoodWithoutEnd()
    {
        CareAdviceItem shampoo = OneSession().At(At(London, "2027-01-01T00:00")).Items.Single(i => i.RuleId == Ids.ShampooAndCondition);

        shampoo.Interval.Should().Be(new Interval(At(London, "2026-11-25T00:00"), null));
        shampoo.Explanation.Should().Be("Day 42 of session 1 (2026-11-20 10:00): applies from 2026-11-25 00:00 onwards, for day 0 onwards of the first session.");
    }

    [Theory]
    [InlineData("2026-11-19", "")]
    [InlineData("2026-11-20", "dry:A1/0 red:A1/0 hat:A1/0 shampoo:S1/0 moist:S1/0 sauna:A1/0 exercise:S1/0")]
    [InlineData("2026-11-24", "dry:A1/4 red:A1/4 hat:A1/4 shampoo:S1/4 moist:S1/4 sauna:A1/4 exercise:S1/4")]
    [InlineData("2026-11-25", "hat:A1/5 shampoo:A1/5 moist:A1/5 sauna:A1/5 exercise:A1/5")]
    [InlineData("2026-12-01", "dry:A2/0 red:A2/0 hat:A2/0 shampoo:A1/11 shampoo:S1/11 moist:A1/11 moist:S1/11 sauna:A2/0 exercise:A1/11 exercise:S2/0")]
    [InlineData("2026-12-03", "dry:A2/2 red:A2/2 hat:A2/2 shampoo:S1/13 moist:S1/13 sauna:A2/2 exercise:S2/2")]
    [InlineData("2026-12-06", "hat:A2/5 shampoo:A1/16 moist:A1/16 sauna:A2/5 exercise:A2/5")]
    [InlineData("2026-12-29", "hat:A2/28 shampoo:A1/39 moist:A1/39 sauna:A2/28 exercise:A2/28")]
    [InlineData("2026-12-30", "shampoo:A1/40 moist:A1/40")]
    public void On_TwoSessions_EveryRuleThatAppliesAtSomeInstantOfTheDate(string date, string expected)
    {
        Describe(TwoSessions().On(D(date)).Items).Should().Be(expected);
    }

    [Fact]
    public void On_SessionDate_GivesThePartOfTheDayFromTheSession()
    {
        CareAdvice advice = TwoSessions().On(D("2026-12-01"));

        advice.Kind.Should().Be(CareQueryKind.Date);
        advice.Instant.Should().BeNull();
        advice.Interval.Should().Be(new Interval(At(London, "2026-12-01T00:00"), At(London, "2026-12-02T00:00")));
        advice.Items.Where(i => i.RuleId == Ids.ShampooAndCondition).Select(i => (i.Status, i.PartOfDay)).Should().Equal(
            (CareStatus.Applies, new Interval(At(London, "2026-12-01T00:00"), At(London, "2026-12-01T10:00"))),
            (CareStatus.Suspended, new Interval(At(London, "2026-12-01T10:00"), At(London, "2026-12-02T00:00"))));
        advice.Items.Single(i => i.RuleId == Ids.KeepScalpDry).PartOfDay.Should().Be(
            new Interval(At(London, "2026-12-01T10:00"), At(London, "2026-12-02T00:00")));
    }

    [Fact]
    public void On_WholeDay_HasNoPartOfDay()
    {
        TwoSessions().On(D("2026-12-03")).Items.Should().OnlyContain(i => i.PartOfDay == null);
    }

    [Fact]
    public void OnCourseDay_Thirteen_IsTheDateOfSessionTwoDayTwo()
    {
        CareAdvice advice = TwoSessions().OnCourseDay(13);

        advice.Kind.Should().Be(CareQueryKind.CourseDay);
        advice.Date.Should().Be(D("2026-12-03"));
        advice.CourseDay.Should().Be(13);
        Describe(advice.Items).Should().Be(Describe(TwoSessions().On(D("2026-12-03")).Items));
    }

    [Fact]
    public void Timeline_TwoSessions_SegmentsBetweenTheTransitions()
    {
        var segments = TwoSessions().Timeline();

        segments.Select(s => s.Interval).Should().Equal(
            new Interval(At(London, "2026-11-20T10:00"), At(London, "2026-11-25T00:00")),
            new Interval(At(London, "2026-11-25T00:00"), At(London, "2026-12-01T10:00")),
            new Interval(At(London, "2026-12-01T10:00"), At(London, "2026-12-06T00:00")),
            new Interval(At(London, "2026-12-06T00:00"), At(London, "2026-12-30T00:00")),
            new Interval(At(London, "2026-12-30T00:00"), null));
        segments.Select(s => Describe(s.Items)).Should().Equal(
            DryPeriodDay0,
            "hat:A1/5 shampoo:A1/5 moist:A1/5 sauna:A1/5 exercise:A1/5",
            "dry:A2/0 red:A2/0 hat:A2/0 shampoo:S1/11 moist:S1/11 sauna:A2/0 exercise:S2/0",
            "hat:A2/5 shampoo:A1/16 moist:A1/16 sauna:A2/5 exercise:A2/5",
            "shampoo:A1/40 moist:A1/40");
    }

    [Fact]
    public void NextChange_DuringSecondDryPeriod_IsDayFiveOfSessionTwo()
    {
        CareChange change = TwoSessions().NextChange(At(London, "2026-12-03T12:00"))!;

        change.At.Should().Be(At(London, "2026-12-06T00:00"));
        Describe(change.Ended).Should().Be("dry:A2/4 red:A2/4 shampoo:S1/15 moist:S1/15 exercise:S2/4");
        Describe(change.Started).Should().Be("shampoo:A1/16 moist:A1/16 exercise:A2/5");
    }

    [Fact]
    public void Start_And_End_AreTheFirstAndLastTransitions()
    {
        CareSchedule schedule = TwoSessions();

        schedule.Start.Should().Be(At(London, "2026-11-20T10:00"));
        schedule.End.Should().Be(At(London, "2026-12-30T00:00"));
    }

    private static CareSchedule TwoSessions() =>
        StandardProtocol.Instance.Apply(CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00")));

    internal static string Describe(IEnumerable<CareAdviceItem> items) => string.Join(" ", items.Select(i =>
        $"{Short(i.RuleId)}:{(i.Status == CareStatus.Applies ? "A" : "S")}{i.Session.Number}/{i.SessionDay}"));

    private static string Short(string id) => id switch
    {
        Ids.KeepScalpDry => "dry",
        Ids.RednessAndItching => "red",
        Ids.LooseHat => "hat",
        Ids.ShampooAndCondition => "shampoo",
        Ids.Moisturize => "moist",
        Ids.NoSaunaOrSteam => "sauna",
        Ids.ControlledExercise => "exercise",
        _ => id,
    };
}
