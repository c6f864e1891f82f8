using SmpRules.Plans;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Plans;

public sealed class CarePlanTests
{
    [Theory]
    [InlineData("Europe/London", "2026-03-29T01:30", "01:00", "02:00")]
    [InlineData("Europe/London", "2026-03-29T01:00", "01:00", "02:00")]
    [InlineData("America/New_York", "2026-03-08T02:30", "02:00", "03:00")]
    [InlineData("Australia/Sydney", "2026-10-04T02:00", "02:00", "03:00")]
    [InlineData("Pacific/Auckland", "2026-09-27T02:59", "02:00", "03:00")]
    [InlineData("America/Santiago", "2026-09-06T00:00", "00:00", "01:00")]
    [InlineData("America/Santiago", "2026-09-06T00:59", "00:00", "01:00")]
    public void Create_SessionInDaylightSavingGap_ThrowsNamingTheGap(string zoneId, string session, string from, string to)
    {
        Action act = () => CarePlan.Create(zoneId, L(session));

        CarePlanException e = act.Should().Throw<CarePlanException>().Which;
        string expected = $"The session at {session} (position 1) does not exist in {zoneId}: the clocks go forward from {from} to {to} on {session[..10]}.";
        e.Message.Should().Be(expected);
        e.Problems.Should().Equal(expected);
    }

    [Fact]
    public void Create_SessionOnASkippedDay_ThrowsNamingBothEndsOfTheGap()
    {
        // Samoa skipped 2011-12-30 altogether, going from the end of 2011-12-29 (UTC-10) to 2011-12-31 (UTC+14).
        Action act = () => CarePlan.Create("Pacific/Apia", L("2011-12-30T10:00"));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            "The session at 2011-12-30T10:00 (position 1) does not exist in Pacific/Apia: the clocks go forward from 2011-12-30T00:00 to 2011-12-31T00:00.");
    }

    [Theory]
    [InlineData("Europe/London", "2026-03-29T00:59")]
    [InlineData("Europe/London", "2026-03-29T02:00")]
    [InlineData("America/Santiago", "2026-09-05T23:59")]
    [InlineData("America/Santiago", "2026-09-06T01:00")]
    public void Create_SessionJustOutsideGap_IsAccepted(string zoneId, string session)
    {
        CarePlan.Create(zoneId, L(session)).FirstSession.LocalDateTime.Should().Be(L(session));
    }

    [Theory]
    [InlineData("Europe/London", "2026-10-25T01:00", "2026-10-25T00:00")]
    [InlineData("Europe/London", "2026-10-25T01:59", "2026-10-25T00:59")]
    [InlineData("America/New_York", "2026-11-01T01:30", "2026-11-01T05:30")]
    [InlineData("Australia/Sydney", "2026-04-05T02:30", "2026-04-04T15:30")]
    [InlineData("Pacific/Auckland", "2026-04-05T02:00", "2026-04-04T13:00")]
    [InlineData("America/Santiago", "2026-04-04T23:00", "2026-04-05T02:00")]
    public void Create_AmbiguousSession_MapsToTheEarlierInstant(string zoneId, string session, string utc)
    {
        CareSession s = CarePlan.Create(zoneId, L(session)).FirstSession;

        s.Instant.Should().Be(Utc(utc));
        s.LocalDateTime.Should().Be(L(session));
        s.Date.Should().Be(L(session).Date);
    }

    [Fact]
    public void Create_NoSessions_Throws()
    {
        Action act = () => CarePlan.Create(London);

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be("A plan needs at least one session.");
    }

    [Theory]
    [InlineData("Etc/GMT-14", "-9998-01-01T00:00", "(position 2)")]
    [InlineData("Asia/Tokyo", "-9998-01-01T08:00", "(position 2)")]
    [InlineData("Etc/GMT+12", "9999-12-31T23:59", "(position 2)")]
    public void Create_SessionBeyondTheRangeOfTime_ThrowsSayingWhich(string zone, string local, string position)
    {
        Action act = () => CarePlan.Create(zone, L("2026-11-20T10:00"), L(local));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            $"The session at {local} {position} has no instant in {zone}: it lies beyond the range of time supported (UTC years -9998 to 9999).");
    }

    [Theory]
    [InlineData("Europe/London", "-9998-01-01T00:02")]
    [InlineData("Etc/GMT+12", "-9998-01-01T00:00")]
    [InlineData("Etc/GMT-14", "9999-12-31T23:59")]
    [InlineData("UTC", "9999-12-31T23:59")]
    public void Create_SessionAtTheEdgesOfTime_MapsAsNodaTimeDoes(string zone, string local)
    {
        CarePlan plan = CarePlan.Create(zone, L(local));

        plan.FirstSession.Instant.Should().Be(DateTimeZoneProviders.Tzdb[zone].MapLocal(L(local)).First().ToInstant());
    }

    [Fact]
    public void Create_TwoSessionsAtOneInstant_Throws()
    {
        Action act = () => CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"), L("2026-11-20T10:00"));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            "The sessions at positions 1 and 3 fall on the same instant, 2026-11-20T10:00:00Z; a plan cannot have two sessions at one instant.");
    }

    [Fact]
    public void Create_ThreeSessionsAtOneInstant_NamesAllPositions()
    {
        Action act = () => CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-11-20T10:00"), L("2026-11-20T10:00"));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            "The sessions at positions 1, 2 and 3 fall on the same instant, 2026-11-20T10:00:00Z; a plan cannot have two sessions at one instant.");
    }

    [Fact]
    public void Create_AmbiguousTimeAndItsEarlierInstant_AreTheSameInstant()
    {
        // 01:30 BST is the earlier of the two 01:30s; a session given as 00:30 UTC written in London is the same instant.
        Action act = () => CarePlan.Create(London, L("2026-10-25T01:30"), L("2026-10-25T01:30"));

        act.Should().Throw<CarePlanException>().Which.Problems.Should().Equal(
            "The sessions at positions 1 and 2 fall on the same instant, 2026-10-25T00:30:00Z; a plan cannot have two sessions at one instant.");
    }

    [Fact]
    public void Create_SeveralProblems_ListsThemAll()
    {
        Action act = () => CarePlan.Create(London, L("2026-03-29T01:30"), L("2026-11-20T10:00"), L("2026-11-20T10:00"));

        CarePlanException e = act.Should().Throw<CarePlanException>().Which;
        e.Problems.Should().Equal(
            "The session at 2026-03-29T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29.",
            "The sessions at positions 2 and 3 fall on the same instant, 2026-11-20T10:00:00Z; a plan cannot have two sessions at one instant.");
        e.Message.Should().Be(
            "The plan has 2 problems:\n"
            + "- The session at 2026-03-29T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29.\n"
            + "- The sessions at positions 2 and 3 fall on the same instant, 2026-11-20T10:00:00Z; a plan cannot have two sessions at one instant.");
    }

    [Theory]
    [InlineData("Europe/Londres")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("GMT+5")]
    public void FindZone_UnknownId_Throws(string zoneId)
    {
        Action act = () => CarePlan.FindZone(zoneId);

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            $"The time zone '{zoneId}' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
    }

    [Fact]
    public void Create_UnknownZoneId_Throws()
    {
        Action act = () => CarePlan.Create("Mars/Olympus_Mons", L("2026-11-20T10:00"));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            "The time zone 'Mars/Olympus_Mons' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
    }

    [Fact]
    public void FindZone_KnownId_ReturnsTheTzdbZone()
    {
        CarePlan.FindZone("Pacific/Auckland").Should().BeSameAs(Auckland);
    }

    [Fact]
    public void Create_SessionsInAnyOrder_NumbersThemChronologically()
    {
        CarePlan plan = CarePlan.Create(London, L("2026-12-01T10:00"), L("2026-11-20T10:00"), L("2026-12-15T09:00"));

        plan.Sessions.Select(s => (s.Number, s.LocalDateTime)).Should().Equal(
            (1, L("2026-11-20T10:00")), (2, L("2026-12-01T10:00")), (3, L("2026-12-15T09:00")));
        plan.FirstSession.Number.Should().Be(1);
        plan.FinalSession.Number.Should().Be(3);
    }

    [Fact]
    public void Create_OrderGiven_DoesNotChangeThePlan()
    {
        CarePlan a = CarePlan.Create(London, L("2026-12-01T10:00"), L("2026-11-20T10:00"));
        CarePlan b = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00"));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Create_NoFacts_HasEmptyFacts()
    {
        CarePlan.Create(London, L("2026-11-20T10:00")).Facts.Should().BeSameAs(ClientFacts.Empty);
    }

    [Fact]
    public void WithSession_AddsAndRenumbers()
    {
        CarePlan plan = CarePlan.Create(London, L("2026-12-01T10:00")).WithSession(L("2026-11-20T10:00"));

        plan.Sessions.Select(s => s.LocalDateTime).Should().Equal(L("2026-11-20T10:00"), L("2026-12-01T10:00"));
        plan.Sessions[1].Number.Should().Be(2);
    }

    [Fact]
    public void WithSession_InGap_Throws()
    {
        Action act = () => CarePlan.Create(London, L("2026-03-20T10:00")).WithSession(L("2026-03-29T01:15"));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            "The session at 2026-03-29T01:15 (position 2) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29.");
    }

    [Fact]
    public void WithoutSession_RemovesAndRenumbers()
    {
        CarePlan plan = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00")).WithoutSession(1);

        plan.Sessions.Should().ContainSingle().Which.Should().Be(CarePlan.Create(London, L("2026-12-01T10:00")).FirstSession);
    }

    [Fact]
    public void WithoutSession_OnlySession_Throws()
    {
        Action act = () => CarePlan.Create(London, L("2026-11-20T10:00")).WithoutSession(1);

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be("A plan needs at least one session.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void WithoutSession_UnknownNumber_Throws(int number)
    {
        Action act = () => CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00")).WithoutSession(number);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(
            $"The number parameter must be between 1 and 2, but was {number}. (Parameter 'number')\nActual value was {number}.");
    }

    [Fact]
    public void WithSessionMoved_Postponed_Renumbers()
    {
        CarePlan plan = CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00")).WithSessionMoved(1, L("2026-12-10T10:00"));

        plan.Sessions.Select(s => s.LocalDateTime).Should().Equal(L("2026-12-01T10:00"), L("2026-12-10T10:00"));
    }

    [Fact]
    public void WithSessionMoved_OntoAnotherSession_Throws()
    {
        Action act = () => CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00")).WithSessionMoved(1, L("2026-12-01T10:00"));

        act.Should().Throw<CarePlanException>().Which.Message.Should().Be(
            "The sessions at positions 1 and 2 fall on the same instant, 2026-12-01T10:00:00Z; a plan cannot have two sessions at one instant.");
    }

    [Fact]
    public void WithSessionMoved_UnknownNumber_Throws()
    {
        Action act = () => CarePlan.Create(London, L("2026-11-20T10:00")).WithSessionMoved(2, L("2026-12-01T10:00"));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("number");
    }

    [Fact]
    public void WithFacts_ReplacesFactsKeepingSessions()
    {
        CarePlan plan = CarePlan.Create(London, L("2026-11-20T10:00"));
        ClientFacts facts = ClientFacts.Empty.With("skin-type", "very-fair");

        CarePlan changed = plan.WithFacts(facts);

        changed.Facts.Should().BeSameAs(facts);
        changed.Sessions.Should().Equal(plan.Sessions);
        changed.Should().NotBe(plan);
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        FluentActions.Invoking(() => CarePlan.Create((DateTimeZone)null!, L("2026-11-20T10:00"))).Should().Throw<ArgumentNullException>().WithParameterName("zone");
        FluentActions.Invoking(() => CarePlan.Create(London, (IEnumerable<LocalDateTime>)null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("sessions");
    }

    [Fact]
    public void ToString_ListsZoneAndSessions()
    {
        CarePlan.Create(London, L("2026-11-20T10:00"), L("2026-12-01T10:00")).ToString()
            .Should().Be("Europe/London: session 1 (2026-11-20T10:00), session 2 (2026-12-01T10:00)");
    }

    [Fact]
    public void Create_LocalTimesNearEveryTransitionOfManyZones_MapAsNodaTimeDoes()
    {
        // CarePlan maps a session without NodaTime's MapLocal when no offset change lies near it; near one it falls back.
        // Either way the instant must be MapLocal's earlier one, and a gap must be refused.
        var random = new Random(2026);
        int mapped = 0, gaps = 0;
        foreach (string id in new[] { "Europe/London", "America/Santiago", "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "Asia/Tehran", "Pacific/Chatham", "Africa/Casablanca", "Etc/GMT-14", "America/Havana" })
        {
            DateTimeZone zone = DateTimeZoneProviders.Tzdb[id];
            foreach (NodaTime.TimeZones.ZoneInterval interval in zone.GetZoneIntervals(Instant.FromUtc(2008, 1, 1, 0, 0), Instant.FromUtc(2030, 1, 1, 0, 0)))
            {
                if (!interval.HasStart)
                {
                    continue;
                }

                LocalDateTime around = interval.Start.InUtc().LocalDateTime;
                foreach (int minutes in new[] { -37 * 60, -36 * 60, -24 * 60, -90, -60, -30, -1, 0, 1, 30, 59, 60, 61, 90, 24 * 60, 36 * 60 + 1, random.Next(-3000, 3000) })
                {
                    LocalDateTime local = around.PlusMinutes(minutes);
                    NodaTime.TimeZones.ZoneLocalMapping expected = zone.MapLocal(local);
                    if (expected.Count == 0)
                    {
                        FluentActions.Invoking(() => CarePlan.Create(zone, local)).Should().Throw<CarePlanException>();
                        gaps++;
                    }
                    else
                    {
                        CarePlan.Create(zone, local).FirstSession.Instant.Should().Be(expected.First().ToInstant(), $"{local} in {id}");
                        mapped++;
                    }
                }
            }
        }

        mapped.Should().BeGreaterThan(3000);
        gaps.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Create_OutOfOrderWithADuplicate_ReportsTheDuplicate()
    {
        Action act = () => CarePlan.Create("Europe/London", new LocalDateTime(2026, 12, 1, 10, 0), new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0));

        act.Should().Throw<CarePlanException>().Which.Problems.Should().ContainSingle().Which.Should().Contain("positions 1 and 3");
    }
}
