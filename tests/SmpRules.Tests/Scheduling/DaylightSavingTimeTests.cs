using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Scheduling;

/// <summary>
/// Day windows across daylight-saving transitions (2026): a day window ends at the local start of the next day, never at
/// a UTC midnight and never after 24 x n hours; hour windows count elapsed time.
/// </summary>
public sealed class DaylightSavingTimeTests
{
    // zone, session (local), days from-to, window start (UTC), window end (UTC), length in hours
    public static TheoryData<string, string, int, int, string, string, double> DayWindows => new()
    {
        // Europe/London: forward 2026-03-29 01:00 -> 02:00, back 2026-10-25 02:00 -> 01:00.
        { "Europe/London", "2026-03-27T10:00", 0, 4, "2026-03-27T10:00", "2026-03-31T23:00", 109 },
        { "Europe/London", "2026-03-28T10:00", 1, 1, "2026-03-29T00:00", "2026-03-29T23:00", 23 },
        { "Europe/London", "2026-03-29T10:00", 0, 0, "2026-03-29T09:00", "2026-03-29T23:00", 14 },
        { "Europe/London", "2026-03-29T03:00", 0, 1, "2026-03-29T02:00", "2026-03-30T23:00", 45 },
        { "Europe/London", "2026-10-23T10:00", 0, 4, "2026-10-23T09:00", "2026-10-28T00:00", 111 },
        { "Europe/London", "2026-10-24T10:00", 1, 1, "2026-10-24T23:00", "2026-10-26T00:00", 25 },
        { "Europe/London", "2026-10-25T10:00", -1, 0, "2026-10-23T23:00", "2026-10-26T00:00", 49 },

        // America/New_York: forward 2026-03-08 02:00 -> 03:00, back 2026-11-01 02:00 -> 01:00.
        { "America/New_York", "2026-03-06T15:00", 2, 2, "2026-03-08T05:00", "2026-03-09T04:00", 23 },
        { "America/New_York", "2026-03-07T09:00", 0, 4, "2026-03-07T14:00", "2026-03-12T04:00", 110 },
        { "America/New_York", "2026-10-31T12:00", 1, 1, "2026-11-01T04:00", "2026-11-02T05:00", 25 },
        { "America/New_York", "2026-11-01T09:00", 0, 28, "2026-11-01T14:00", "2026-11-30T05:00", 687 },

        // Australia/Sydney: back 2026-04-05 03:00 -> 02:00, forward 2026-10-04 02:00 -> 03:00.
        { "Australia/Sydney", "2026-04-04T09:00", 1, 1, "2026-04-04T13:00", "2026-04-05T14:00", 25 },
        { "Australia/Sydney", "2026-10-04T09:00", 0, 0, "2026-10-03T22:00", "2026-10-04T13:00", 15 },
        { "Australia/Sydney", "2026-10-02T09:00", 0, 4, "2026-10-01T23:00", "2026-10-06T13:00", 110 },

        // Pacific/Auckland: back 2026-04-05 03:00 -> 02:00, forward 2026-09-27 02:00 -> 03:00.
        { "Pacific/Auckland", "2026-09-26T10:00", 1, 1, "2026-09-26T12:00", "2026-09-27T11:00", 23 },
        { "Pacific/Auckland", "2026-04-03T10:00", 0, 2, "2026-04-02T21:00", "2026-04-05T12:00", 63 },

        // America/Santiago: back 2026-04-05 00:00 -> 2026-04-04 23:00; forward 2026-09-06 00:00 -> 01:00, so local
        // midnight does not exist on 2026-09-06 and that day starts at 01:00.
        { "America/Santiago", "2026-09-05T10:00", 1, 1, "2026-09-06T04:00", "2026-09-07T03:00", 23 },
        { "America/Santiago", "2026-09-05T10:00", 0, 0, "2026-09-05T14:00", "2026-09-06T04:00", 14 },
        { "America/Santiago", "2026-09-06T10:00", 0, 0, "2026-09-06T13:00", "2026-09-07T03:00", 14 },
        { "America/Santiago", "2026-09-04T10:00", 0, 4, "2026-09-04T14:00", "2026-09-09T03:00", 109 },
        { "America/Santiago", "2026-04-03T10:00", 1, 1, "2026-04-04T03:00", "2026-04-05T04:00", 25 },
        { "America/Santiago", "2026-09-08T10:00", -2, -2, "2026-09-06T04:00", "2026-09-07T03:00", 23 },
    };

    [Theory]
    [MemberData(nameof(DayWindows))]
    public void At_DayWindowAcrossTransition_EndsAtLocalStartOfNextDay(string zoneId, string session, int from, int to, string start, string end, double hours)
    {
        DateTimeZone zone = Zone(zoneId);
        CareSchedule schedule = Protocol(Rule("test.window", CareWindow.Days(from, to))).Apply(CarePlan.Create(zone, L(session)));
        Instant expectedStart = Utc(start);
        Instant expectedEnd = Utc(end);

        schedule.Transitions.Should().Equal(expectedStart, expectedEnd);
        (expectedEnd - expectedStart).TotalHours.Should().Be(hours);
        expectedEnd.Should().Be(zone.AtStartOfDay(L(session).Date.PlusDays(to + 1)).ToInstant());
        schedule.At(expectedStart - Minute).Items.Should().BeEmpty();
        schedule.At(expectedStart).Items.Should().ContainSingle().Which.Interval.Should().Be(new Interval(expectedStart, expectedEnd));
        schedule.At(expectedEnd - Minute).Items.Should().ContainSingle();
        schedule.At(expectedEnd).Items.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(DayWindows))]
    public void At_DayWindowAcrossTransition_NeverEndsAtUtcMidnightOrAfterWholeDaysOfHours(string zoneId, string session, int from, int to, string start, string end, double hours)
    {
        _ = start;
        _ = hours;
        DateTimeZone zone = Zone(zoneId);
        CarePlan plan = CarePlan.Create(zone, L(session));
        Instant actualEnd = Protocol(Rule("test.window", CareWindow.Days(from, to))).Apply(plan).End!.Value;
        Instant utcMidnight = L(session).Date.PlusDays(to + 1).AtMidnight().InUtc().ToInstant();
        Instant sessionMidnightPlusHours = zone.AtStartOfDay(L(session).Date).ToInstant() + Duration.FromHours(24 * (to + 1));

        actualEnd.Should().Be(Utc(end));
        if (zone.GetUtcOffset(actualEnd) != Offset.Zero)
        {
            actualEnd.Should().NotBe(utcMidnight);
        }

        // Each row crosses a transition within the days counted (unless the transition is the window's end itself), so
        // counting 24-hour days would be off by an hour.
        bool transitionAtEnd = zone.GetUtcOffset(actualEnd) != zone.GetUtcOffset(actualEnd - Duration.Epsilon);
        if (from >= 0 && !transitionAtEnd)
        {
            actualEnd.Should().NotBe(sessionMidnightPlusHours);
        }
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-28T10:00", 48, "2026-03-30T10:00", "2026-03-30T11:00")]
    [InlineData("America/New_York", "2026-10-31T12:00", 24, "2026-11-01T16:00", "2026-11-01T11:00")]
    [InlineData("America/Santiago", "2026-09-05T12:00", 24, "2026-09-06T16:00", "2026-09-06T13:00")]
    [InlineData("Pacific/Auckland", "2026-04-04T12:00", 24, "2026-04-04T23:00", "2026-04-05T11:00")]
    public void At_HourWindowAcrossTransition_CountsElapsedHours(string zoneId, string session, int hours, string endUtc, string endLocal)
    {
        DateTimeZone zone = Zone(zoneId);
        CareSchedule schedule = Protocol(Rule("test.hours", CareWindow.Hours(0, hours))).Apply(CarePlan.Create(zone, L(session)));

        schedule.End.Should().Be(Utc(endUtc));
        schedule.End!.Value.InZone(zone).LocalDateTime.Should().Be(L(endLocal));
        (schedule.End.Value - schedule.Start!.Value).Should().Be(Duration.FromHours(hours));
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-29", "2026-03-29T00:00", "2026-03-29T23:00", 23)]
    [InlineData("Europe/London", "2026-10-25", "2026-10-24T23:00", "2026-10-26T00:00", 25)]
    [InlineData("America/New_York", "2026-03-08", "2026-03-08T05:00", "2026-03-09T04:00", 23)]
    [InlineData("Australia/Sydney", "2026-04-05", "2026-04-04T13:00", "2026-04-05T14:00", 25)]
    [InlineData("Pacific/Auckland", "2026-09-27", "2026-09-26T12:00", "2026-09-27T11:00", 23)]
    [InlineData("America/Santiago", "2026-09-06", "2026-09-06T04:00", "2026-09-07T03:00", 23)]
    [InlineData("America/Santiago", "2026-04-04", "2026-04-04T03:00", "2026-04-05T04:00", 25)]
    public void On_TransitionDate_CoversTheWholeLocalDay(string zoneId, string date, string startUtc, string endUtc, int hours)
    {
        DateTimeZone zone = Zone(zoneId);
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(zone, D(date).PlusDays(-2).At(new LocalTime(10, 0))));

        CareAdvice advice = schedule.On(D(date));

        advice.Interval.Should().Be(new Interval(Utc(startUtc), Utc(endUtc)));
        advice.Interval.Duration.Should().Be(Duration.FromHours(hours));
        advice.CourseDay.Should().Be(2);
        advice.Items.Should().OnlyContain(i => i.PartOfDay == null && i.SessionDay == 2);
        WorkedExampleTests.Describe(advice.Items).Should().Be("dry:A1/2 red:A1/2 hat:A1/2 shampoo:S1/2 moist:S1/2 sauna:A1/2 exercise:S1/2");
    }

    [Fact]
    public void At_SantiagoDayAfterMissingMidnight_StartsDayOneAtOneInTheMorning()
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(Santiago, L("2026-09-01T10:00")));

        // Day 5 is 2026-09-06, the day with no midnight: the dry period ends at its first instant, 01:00 local.
        CareAdviceItem shampoo = schedule.At(Utc("2026-09-03T12:00")).Items.Single(i => i.RuleId == StandardProtocol.RuleIds.ShampooAndCondition);
        shampoo.ResumesAt.Should().Be(Utc("2026-09-06T04:00"));
        shampoo.ResumesAt!.Value.InZone(Santiago).LocalDateTime.Should().Be(L("2026-09-06T01:00"));
        schedule.At(Utc("2026-09-06T03:59")).Items.Select(i => i.RuleId).Should().Contain(StandardProtocol.RuleIds.KeepScalpDry);
        schedule.At(Utc("2026-09-06T04:00")).Items.Select(i => i.RuleId).Should().NotContain(StandardProtocol.RuleIds.KeepScalpDry);
        schedule.At(Utc("2026-09-06T04:00")).Items.Should().OnlyContain(i => i.SessionDay == 5);
    }

    [Fact]
    public void At_SantiagoRepeatedHour_SecondOccurrenceIsStillTheSameLocalDay()
    {
        // 2026-04-04 23:30 happens twice in Santiago; the session is the earlier one (02:30Z), and 03:30Z is the same
        // local time again, still day 0, so the day-0 window runs until the start of 2026-04-05 at 04:00Z.
        CareSchedule schedule = Protocol(Rule("test.day0", CareWindow.Days(0, 0))).Apply(CarePlan.Create(Santiago, L("2026-04-04T23:30")));

        schedule.Plan.FirstSession.Instant.Should().Be(Utc("2026-04-05T02:30"));
        schedule.At(Utc("2026-04-05T03:30")).Items.Should().ContainSingle().Which.SessionDay.Should().Be(0);
        schedule.End.Should().Be(Utc("2026-04-05T04:00"));
    }

    [Theory]
    [InlineData("Europe/London", "2026-10-25T01:30", "2026-10-25T00:30")]
    [InlineData("America/New_York", "2026-11-01T01:30", "2026-11-01T05:30")]
    [InlineData("Australia/Sydney", "2026-04-05T02:30", "2026-04-04T15:30")]
    [InlineData("Pacific/Auckland", "2026-04-05T02:30", "2026-04-04T13:30")]
    [InlineData("America/Santiago", "2026-04-04T23:30", "2026-04-05T02:30")]
    public void Apply_AmbiguousSession_CountsFromTheEarlierInstant(string zoneId, string session, string instantUtc)
    {
        CareSchedule schedule = Protocol(Rule("test.hours", CareWindow.Hours(0, 1))).Apply(CarePlan.Create(Zone(zoneId), L(session)));

        schedule.Start.Should().Be(Utc(instantUtc));
        schedule.End.Should().Be(Utc(instantUtc) + Duration.FromHours(1));
    }

    [Fact]
    public void At_TwoSessionsAcrossSpringForward_EachDryPeriodEndsAtLocalMidnight()
    {
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(London, L("2026-03-20T10:00"), L("2026-03-27T10:00")));

        schedule.Transitions.Should().Equal(
            Utc("2026-03-20T10:00"), // session 1 (GMT)
            Utc("2026-03-25T00:00"), // day 5 of session 1
            Utc("2026-03-27T10:00"), // session 2 (GMT)
            Utc("2026-03-31T23:00"), // day 5 of session 2: 2026-04-01 00:00 BST
            Utc("2026-04-24T23:00")); // day 29 of session 2: 2026-04-25 00:00 BST
    }
}
