using SmpRules.Plans;
using SmpRules.Tests.Support;
using SmpRules.Timing;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Timing;

public sealed class AnchoredWindowTests
{
    private static readonly CarePlan ThreeSessions = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"), L("2026-12-15T14:30"));

    [Fact]
    public void Evaluate_EachSession_RestartsAfterEverySession()
    {
        Stretches.Of(CareWindow.Days(0, 4), ThreeSessions).Should().Equal(
            "2026-11-20T10:00..2026-11-25T00:00 #1",
            "2026-12-01T10:00..2026-12-06T00:00 #2",
            "2026-12-15T14:30..2026-12-20T00:00 #3");
    }

    [Fact]
    public void Evaluate_EachSessionOverlapping_MergesAndTheLaterSessionGoverns()
    {
        Stretches.Of(CareWindow.Days(0, 14), ThreeSessions).Should().Equal(
            "2026-11-20T10:00..2026-12-01T10:00 #1",
            "2026-12-01T10:00..2026-12-15T14:30 #2",
            "2026-12-15T14:30..2026-12-30T00:00 #3");
    }

    [Fact]
    public void Evaluate_FirstSession_CountsOnlyFromTheFirst()
    {
        Stretches.Of(CareWindow.Days(0, 28, WindowAnchor.FirstSession), ThreeSessions).Should().Equal("2026-11-20T10:00..2026-12-19T00:00 #1");
    }

    [Fact]
    public void Evaluate_FinalSession_CountsOnlyFromTheFinal()
    {
        Stretches.Of(CareWindow.Days(0, 28, WindowAnchor.FinalSession), ThreeSessions).Should().Equal("2026-12-15T14:30..2027-01-13T00:00 #3");
        Stretches.Of(CareWindow.DaysFrom(0, WindowAnchor.FinalSession), ThreeSessions).Should().Equal("2026-12-15T14:30..forever #3");
    }

    [Fact]
    public void Evaluate_FinalSessionNegativeDays_LiesBeforeTheFinalSession()
    {
        Stretches.Of(CareWindow.Days(-3, -1, WindowAnchor.FinalSession), ThreeSessions).Should().Equal("2026-12-12T00:00..2026-12-15T00:00 #3");
    }

    [Fact]
    public void Evaluate_BeforeEachSession_EndsAtTheSession()
    {
        Stretches.Of(CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-1), WindowEnd.Session), ThreeSessions).Should().Equal(
            "2026-11-19T00:00..2026-11-20T10:00 #1",
            "2026-11-30T00:00..2026-12-01T10:00 #2",
            "2026-12-14T00:00..2026-12-15T14:30 #3");
    }

    [Fact]
    public void Evaluate_NegativeHours_LieBeforeTheSession()
    {
        Stretches.Of(CareWindow.Hours(-48, -24), ThreeSessions).Should().Equal(
            "2026-11-18T10:00..2026-11-19T10:00 #1",
            "2026-11-29T10:00..2026-11-30T10:00 #2",
            "2026-12-13T14:30..2026-12-14T14:30 #3");
    }

    [Fact]
    public void Evaluate_DayStartNegativeHourEnd_HoldsTheMorningOfDayMinusTwo()
    {
        // The validation once rejected this window as reversed; it covers midnight of day -2 to 48 hours before the session.
        CarePlan plan = CarePlan.Create(London, L("2026-11-20T10:00"));

        Stretches.Of(CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-2), WindowEnd.Hour(-48)), plan)
            .Should().Equal("2026-11-18T00:00..2026-11-18T10:00 #1");
    }

    [Fact]
    public void Evaluate_HourWindow_IsElapsedTimeFromTheSession()
    {
        Stretches.Of(CareWindow.Hours(0, 48), ThreeSessions).Should().Equal(
            "2026-11-20T10:00..2026-11-22T10:00 #1",
            "2026-12-01T10:00..2026-12-03T10:00 #2",
            "2026-12-15T14:30..2026-12-17T14:30 #3");
    }

    [Fact]
    public void Evaluate_DayZero_StartsAtTheSessionNotAtMidnight()
    {
        Stretches.Of(CareWindow.Days(0, 0), CarePlan.Create(London, L("2026-11-20T23:30")))
            .Should().Equal("2026-11-20T23:30..2026-11-21T00:00 #1");
    }

    [Fact]
    public void UntilNextSession_EachSession_EndsAtTheNextSessionAndNeverAfterTheFinal()
    {
        AnchoredWindow window = CareWindow.Days(0, 0).UntilNextSession();

        window.End.Should().Be(WindowEnd.NextSession);
        Stretches.Of(window, ThreeSessions).Should().Equal(
            "2026-11-20T10:00..2026-12-01T10:00 #1",
            "2026-12-01T10:00..2026-12-15T14:30 #2",
            "2026-12-15T14:30..forever #3");
    }

    [Fact]
    public void UntilNextSession_LaterStart_LeavesGapsBeforeEachSession()
    {
        Stretches.Of(CareWindow.DaysFrom(4).UntilNextSession(), ThreeSessions).Should().Equal(
            "2026-11-24T00:00..2026-12-01T10:00 #1",
            "2026-12-05T00:00..2026-12-15T14:30 #2",
            "2026-12-19T00:00..forever #3");
    }

    [Fact]
    public void UntilNextSession_FirstSession_EndsAtTheSecondSession()
    {
        Stretches.Of(CareWindow.DaysFrom(4, WindowAnchor.FirstSession).UntilNextSession(), ThreeSessions)
            .Should().Equal("2026-11-24T00:00..2026-12-01T10:00 #1");
    }

    [Fact]
    public void UntilNextSession_OneSession_NeverEnds()
    {
        Stretches.Of(CareWindow.Days(0, 3).UntilNextSession(), CarePlan.Create(London, L("2026-11-20T10:00")))
            .Should().Equal("2026-11-20T10:00..forever #1");
    }

    [Fact]
    public void UntilNextSession_StartAfterNextSession_IsEmptyForThatSession()
    {
        Stretches.Of(CareWindow.DaysFrom(12).UntilNextSession(), ThreeSessions).Should().Equal(
            "2026-12-13T00:00..2026-12-15T14:30 #2",
            "2026-12-27T00:00..forever #3");
    }

    [Fact]
    public void WithStartEndAnchor_ReplaceOnePart()
    {
        AnchoredWindow window = CareWindow.Days(0, 4);

        window.WithStart(WindowStart.Day(1)).Should().Be(CareWindow.Days(1, 4));
        window.WithEnd(WindowEnd.EndOfDay(5)).Should().Be(CareWindow.Days(0, 5));
        window.WithAnchor(WindowAnchor.FinalSession).Should().Be(CareWindow.Days(0, 4, WindowAnchor.FinalSession));
        window.Should().Be(CareWindow.Days(0, 4));
    }

    [Fact]
    public void WithAnchor_Undefined_Throws()
    {
        Action act = () => CareWindow.Days(0, 4).WithAnchor((WindowAnchor)(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("anchor");
    }
}
