using FsCheck;
using FsCheck.Xunit;
using SmpRules.Plans;
using SmpRules.Tests.Support;
using SmpRules.Timing;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Timing;

public sealed class CareWindowTests
{
    private static readonly CarePlan TwoSessions = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"));

    [Fact]
    public void Days_Defaults_EachSessionDayStartAndEndOfDay()
    {
        AnchoredWindow window = CareWindow.Days(0, 4);

        window.Anchor.Should().Be(WindowAnchor.EachSession);
        window.Start.Should().Be(WindowStart.Day(0));
        window.End.Should().Be(WindowEnd.EndOfDay(4));
    }

    [Fact]
    public void Factories_BuildTheirStartAndEnd()
    {
        CareWindow.DaysFrom(3, WindowAnchor.FinalSession).Should().Be(CareWindow.Create(WindowAnchor.FinalSession, WindowStart.Day(3), WindowEnd.Open));
        CareWindow.Hours(-2, 48, WindowAnchor.FirstSession).Should().Be(CareWindow.Create(WindowAnchor.FirstSession, WindowStart.Hour(-2), WindowEnd.Hour(48)));
        CareWindow.HoursFrom(24).Should().Be(CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(24), WindowEnd.Open));
    }

    [Theory]
    [InlineData(-36525, 0, "day", -36525)]
    [InlineData(0, 36525, "day", 36525)]
    public void Days_BeyondMaxDays_Throws(int from, int to, string param, int value)
    {
        Action act = () => CareWindow.Days(from, to);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            $"The {param} parameter must be between -36524 and 36524, but was {value}. (Parameter '{param}')\nActual value was {value}.");
    }

    [Fact]
    public void Hours_BeyondMaxHours_Throws()
    {
        Action act = () => CareWindow.Hours(0, CareWindow.MaxHours + 1);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            "The hours parameter must be between -876576 and 876576, but was 876577. (Parameter 'hours')\nActual value was 876577.");
    }

    [Fact]
    public void Days_AtMaxDays_IsAllowed()
    {
        CareWindow.Days(-CareWindow.MaxDays, CareWindow.MaxDays).End.Value.Should().Be(36_524);
    }

    [Fact]
    public void Create_UndefinedAnchor_Throws()
    {
        Action act = () => CareWindow.Days(0, 4, (WindowAnchor)3);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            "The anchor must be EachSession, FirstSession or FinalSession. (Parameter 'anchor')\nActual value was 3.");
    }

    [Fact]
    public void Union_TwoEachSessionWindows_CoversEither()
    {
        Stretches.Of(CareWindow.Days(0, 1).Union(CareWindow.Days(3, 4)), TwoSessions).Should().Equal(
            "2026-11-20T10:00..2026-11-22T00:00 #1",
            "2026-11-23T00:00..2026-11-25T00:00 #1",
            "2026-12-01T10:00..2026-12-03T00:00 #2",
            "2026-12-04T00:00..2026-12-06T00:00 #2");
    }

    [Fact]
    public void Union_OverlappingAnchors_LaterGoverningSessionWins()
    {
        CareWindow window = CareWindow.Days(0, 20, WindowAnchor.FirstSession).Union(CareWindow.Days(0, 2));

        Stretches.Of(window, TwoSessions).Should().Equal(
            "2026-11-20T10:00..2026-12-01T10:00 #1",
            "2026-12-01T10:00..2026-12-04T00:00 #2",
            "2026-12-04T00:00..2026-12-11T00:00 #1");
    }

    [Fact]
    public void Intersect_FirstSessionAndEachSession_CoversBothAndLaterSessionGoverns()
    {
        CareWindow window = CareWindow.Days(0, 20, WindowAnchor.FirstSession).Intersect(CareWindow.Days(0, 2));

        Stretches.Of(window, TwoSessions).Should().Equal(
            "2026-11-20T10:00..2026-11-23T00:00 #1",
            "2026-12-01T10:00..2026-12-04T00:00 #2");
    }

    [Fact]
    public void Intersect_Disjoint_CoversNothing()
    {
        Stretches.Of(CareWindow.Days(0, 1).Intersect(CareWindow.Days(3, 4)), TwoSessions).Should().BeEmpty();
    }

    [Fact]
    public void Except_HealingPhaseWithoutDryPeriod_LeftWindowsSessionGoverns()
    {
        CareWindow window = CareWindow.Days(0, 28).Except(CareWindow.Days(0, 4));

        Stretches.Of(window, TwoSessions).Should().Equal(
            "2026-11-25T00:00..2026-12-01T10:00 #1",
            "2026-12-06T00:00..2026-12-30T00:00 #2");
    }

    [Fact]
    public void Except_FirstSessionOpenWindowMinusEachSession_KeepsTheFirstSession()
    {
        CareWindow window = CareWindow.DaysFrom(0, WindowAnchor.FirstSession).Except(CareWindow.Days(0, 4));

        Stretches.Of(window, TwoSessions).Should().Equal(
            "2026-11-25T00:00..2026-12-01T10:00 #1",
            "2026-12-06T00:00..forever #1");
    }

    [Fact]
    public void Except_Everything_CoversNothing()
    {
        Stretches.Of(CareWindow.Days(0, 4).Except(CareWindow.HoursFrom(-1)), TwoSessions).Should().BeEmpty();
    }

    [Fact]
    public void ShiftDays_DayWindow_MovesBothBoundsByCalendarDays()
    {
        CareWindow.Days(0, 4).ShiftDays(2).Should().Be(CareWindow.Days(2, 6));
        CareWindow.Days(0, 4).ShiftDays(-1).Should().Be(CareWindow.Days(-1, 3));
        CareWindow.DaysFrom(0, WindowAnchor.FirstSession).ShiftDays(3).Should().Be(CareWindow.DaysFrom(3, WindowAnchor.FirstSession));
    }

    [Fact]
    public void ShiftDays_HourWindow_MovesBy24HoursADay()
    {
        CareWindow.Hours(0, 48).ShiftDays(1).Should().Be(CareWindow.Hours(24, 72));
    }

    [Fact]
    public void ShiftDays_SessionAndNextSessionEnds_DoNotMove()
    {
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-3), WindowEnd.Session).ShiftDays(1)
            .Should().Be(CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-2), WindowEnd.Session));
        CareWindow.Days(0, 0).UntilNextSession().ShiftDays(1)
            .Should().Be(CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(1), WindowEnd.NextSession));
    }

    [Fact]
    public void ShiftDays_CombinedWindow_ShiftsBothSides()
    {
        CareWindow.Days(0, 28).Except(CareWindow.Hours(0, 24)).ShiftDays(1)
            .Should().Be(CareWindow.Days(1, 29).Except(CareWindow.Hours(24, 48)));
    }

    [Fact]
    public void ShiftDays_DayZeroToDayOne_StartsAtMidnightNotAtTheSessionTime()
    {
        Stretches.Of(CareWindow.Days(0, 0).ShiftDays(1), CarePlan.Create(London, L("2026-11-20T10:00")))
            .Should().Equal("2026-11-21T00:00..2026-11-22T00:00 #1");
    }

    [Fact]
    public void ShiftDays_BeyondMaxDays_Throws()
    {
        Action act = () => CareWindow.Days(0, CareWindow.MaxDays).ShiftDays(1);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            "The day parameter must be between -36524 and 36524, but was 36525. (Parameter 'day')\nActual value was 36525.");
    }

    [Fact]
    public void ShiftHours_HourWindow_MovesByElapsedHours()
    {
        CareWindow.Hours(0, 48).ShiftHours(-12).Should().Be(CareWindow.Hours(-12, 36));
        CareWindow.HoursFrom(0).ShiftHours(5).Should().Be(CareWindow.HoursFrom(5));
        CareWindow.Create(WindowAnchor.FinalSession, WindowStart.Hour(-5), WindowEnd.NextSession).ShiftHours(2)
            .Should().Be(CareWindow.Create(WindowAnchor.FinalSession, WindowStart.Hour(-3), WindowEnd.NextSession));
        CareWindow.Hours(0, 48).Union(CareWindow.Hours(72, 96)).ShiftHours(1)
            .Should().Be(CareWindow.Hours(1, 49).Union(CareWindow.Hours(73, 97)));
    }

    [Fact]
    public void ShiftHours_HourWindow_CoversTheMovedElapsedHours()
    {
        Stretches.Of(CareWindow.Hours(0, 48).ShiftHours(-12), CarePlan.Create(London, L("2026-11-20T10:00")))
            .Should().Equal("2026-11-19T22:00..2026-11-21T22:00 #1");
    }

    [Fact]
    public void ShiftHours_DayStart_Throws()
    {
        Action act = () => CareWindow.Days(0, 4).ShiftHours(1);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The window 'days 0 to 4 of each session' has a day bound, which can only move by whole days; use ShiftDays instead.");
    }

    [Fact]
    public void ShiftHours_DayEnd_Throws()
    {
        Action act = () => CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(0), WindowEnd.EndOfDay(2)).ShiftHours(1);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The window 'hours 0 to end of day 2 of each session' has a day bound, which can only move by whole days; use ShiftDays instead.");
    }

    [Fact]
    public void ShiftHours_CombinedWithADayPart_ThrowsNamingThatPart()
    {
        Action act = () => CareWindow.Hours(0, 48).Except(CareWindow.DaysFrom(5)).ShiftHours(1);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The window 'day 5 onwards of each session' has a day bound, which can only move by whole days; use ShiftDays instead.");
    }

    [Fact]
    public void Equals_ByValue()
    {
        CareWindow a = CareWindow.Days(0, 4).Union(CareWindow.Hours(0, 1));
        CareWindow b = CareWindow.Days(0, 4).Union(CareWindow.Hours(0, 1));

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == CareWindow.Hours(0, 1).Union(CareWindow.Days(0, 4))).Should().BeFalse();
        (CareWindow.Days(0, 4) == CareWindow.Days(0, 4, WindowAnchor.FirstSession)).Should().BeFalse();
        (CareWindow.Days(0, 4) == null).Should().BeFalse();
        ((CareWindow?)null == null).Should().BeTrue();
    }

    [Theory]
    [InlineData("days 0 to 4 of each session")]
    public void ToString_DaysWindow(string expected)
    {
        CareWindow.Days(0, 4).ToString().Should().Be(expected);
    }

    public static TheoryData<CareWindow, string> Descriptions => new()
    {
        { CareWindow.Days(0, 4), "days 0 to 4 of each session" },
        { CareWindow.Days(-3, -1, WindowAnchor.FinalSession), "days -3 to -1 of the final session" },
        { CareWindow.DaysFrom(0, WindowAnchor.FirstSession), "day 0 onwards of the first session" },
        { CareWindow.Hours(0, 48), "hours 0 to 48 of each session" },
        { CareWindow.HoursFrom(-2), "hour -2 onwards of each session" },
        { CareWindow.Days(0, 0).UntilNextSession(), "day 0 of each session until the next session" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-1), WindowEnd.Session), "days -1 up to each session" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(0), WindowEnd.Hour(48)), "days 0 to hour 48 of each session" },
        { CareWindow.Days(0, 28).Except(CareWindow.Days(0, 4)), "(days 0 to 28 of each session) except (days 0 to 4 of each session)" },
        { CareWindow.Days(0, 1).Union(CareWindow.Hours(0, 1)), "(days 0 to 1 of each session) or (hours 0 to 1 of each session)" },
        { CareWindow.Days(0, 1).Intersect(CareWindow.Hours(0, 1)), "(days 0 to 1 of each session) and (hours 0 to 1 of each session)" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void ToString_InvariantDescription(CareWindow window, string expected)
    {
        window.ToString().Should().Be(expected);
    }

    [Fact]
    public void Union_Null_Throws()
    {
        FluentActions.Invoking(() => CareWindow.Days(0, 1).Union(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");
        FluentActions.Invoking(() => CareWindow.Days(0, 1).Intersect(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");
        FluentActions.Invoking(() => CareWindow.Days(0, 1).Except(null!)).Should().Throw<ArgumentNullException>().WithParameterName("other");
    }

    [Property(MaxTest = 500, Replay = "(12345,67891)")]
    public bool ShiftDays_ThereAndBack_IsTheSameWindow(int from, NonNegativeInt length, int by)
    {
        int start = from % 1000;
        int shift = by % 1000;
        CareWindow window = CareWindow.Days(start, start + (length.Get % 1000)).Union(CareWindow.Hours(start * 24, (start * 24) + 1 + (length.Get % 1000)));

        return window.ShiftDays(shift).ShiftDays(-shift) == window && window.ShiftDays(shift) != window == (shift != 0);
    }

    [Property(MaxTest = 500, Replay = "(24680,13579)")]
    public bool ShiftHours_ByWholeDays_EqualsShiftDaysForHourWindows(int from, PositiveInt length, int days)
    {
        int start = from % 10_000;
        int shift = days % 100;
        CareWindow window = CareWindow.Hours(start, start + (length.Get % 10_000));

        return window.ShiftHours(shift * 24) == window.ShiftDays(shift);
    }
}
