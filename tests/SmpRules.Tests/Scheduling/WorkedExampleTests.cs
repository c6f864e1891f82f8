using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Scheduling;

/// <summary>DOMAIN.md section 4's worked example: one session on 2026-11-20 at 10:00, Europe/London, and a second on 2026-12-01.</summary>
public sealed class WorkedExampleTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

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
        shampoo.Explanation.Should().Be("Day 2 of session 1 (2026-11-20 10:00): suspended by 'dry-period.keep-scalp-dry' until 2026-11-25 00:00, when it resumes.");
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
}
