using System.Text;
using Ical.Net.CalendarComponents;
using NodaTime.Testing;
using SmpRules.Plans;
using SmpRules.Rules;
using SmpRules.Scheduling;
using static SmpRules.Calendar.Tests.WorkedExample;

namespace SmpRules.Calendar.Tests;

public class CalendarExportTests
{
    private static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("Ical.Net read nothing.");

    private static Instant InstantOf(Ical.Net.DataTypes.CalDateTime value, DateTimeZone zone) =>
        value.HasTime
            ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(value.AsUtc, DateTimeKind.Utc))
            : zone.AtStartOfDay(new LocalDate(value.Year, value.Month, value.Day)).ToInstant();

    [Fact]
    public void Every_event_read_back_by_Ical_Net_is_a_stretch_of_the_schedule()
    {
        CareRevisions history = CareRevisions.Of(Apply(TwoSessions));
        Ical.Net.Calendar calendar = Parse(CareCalendar.Write(history, Clock));

        calendar.Events.Should().HaveCount(history.Stretches.Length);
        foreach (CareStretch s in history.Stretches)
        {
            CalendarEvent e = calendar.Events.Single(e => e.Uid!.StartsWith(s.Key + "/", StringComparison.Ordinal));
            InstantOf(e.DtStart!, London).Should().Be(s.Start, s.Key);
            if (s.End is { } end)
            {
                InstantOf(e.DtEnd!, London).Should().Be(end, s.Key);
            }
            else
            {
                e.DtEnd.Should().BeNull(s.Key);
            }

            e.Categories.Should().Equal(s.Rule.Family.Name);
            e.Status.Should().Be("CONFIRMED");
            e.Sequence.Should().Be(0);
            e.DtStamp!.AsUtc.Should().Be(Clock.GetCurrentInstant().ToDateTimeUtc());
            e.Summary.Should().NotBeNullOrWhiteSpace();
            e.Description.Should().StartWith(s.GetText()).And.Contain($"Session {s.Session.Number} (");
        }
    }

    [Fact]
    public void Stretches_bounded_by_local_midnights_are_all_day_and_others_are_timed_in_the_plan_zone()
    {
        string text = CareCalendar.Write(Apply(TwoSessions), Clock);
        Ical.Net.Calendar calendar = Parse(text);

        // From 2026-12-06 00:00 to 2026-12-30 00:00: controlled exercise after the second dry period.
        CalendarEvent exercise = calendar.Events.Single(e => e.Uid!.StartsWith("sweat-avoidance.controlled-exercise/applies/s2/", StringComparison.Ordinal));
        exercise.IsAllDay.Should().BeTrue();
        text.Should().Contain("DTSTART;VALUE=DATE:20261206\r\n").And.Contain("DTEND;VALUE=DATE:20261230\r\n");

        // The dry period starts at the session, 10:00 local.
        CalendarEvent dry = calendar.Events.Single(e => e.Uid!.StartsWith("dry-period.keep-scalp-dry/applies/s1/", StringComparison.Ordinal));
        dry.IsAllDay.Should().BeFalse();
        dry.DtStart!.TzId.Should().Be("Europe/London");
        text.Should().Contain("DTSTART;TZID=Europe/London:20261120T100000\r\n");
        calendar.TimeZones.Should().ContainSingle(z => z.TzId == "Europe/London");
    }

    [Fact]
    public void The_text_has_CRLF_line_ends_lines_of_at_most_75_octets_and_the_required_properties()
    {
        string text = CareCalendar.Write(Apply(TwoSessions), Clock, new CareCalendarOptions { Culture = "es" });

        text.Should().StartWith("BEGIN:VCALENDAR\r\n").And.EndWith("END:VCALENDAR\r\n");
        text.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n").And.NotContain("\r");
        string[] lines = text.Split("\r\n");
        lines.Should().OnlyContain(l => Encoding.UTF8.GetByteCount(l) <= 75);
        lines.Should().Contain(l => l.StartsWith(' '), "long Spanish descriptions are folded");
        lines.Should().Contain("VERSION:2.0").And.Contain("PRODID:-//SmpRules//SmpRules.Calendar//EN");

        // Every VEVENT has UID, DTSTAMP and DTSTART (RFC 5545 section 3.6.1).
        string unfolded = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        string[] events = unfolded.Split("BEGIN:VEVENT\r\n").Skip(1).ToArray();
        events.Should().HaveCount(18);
        foreach (string e in events)
        {
            e.Should().MatchRegex("(?m)^UID:").And.MatchRegex("(?m)^DTSTAMP:20261119T093000Z\r$").And.MatchRegex("(?m)^DTSTART[;:]");
        }

        unfolded.Should().Contain("SUMMARY:Mantén el cuero cabelludo seco\r\n");
    }

    [Fact]
    public void Writing_one_plan_twice_gives_the_same_bytes_and_only_the_clock_changes_the_stamp()
    {
        string first = CareCalendar.Write(Apply(TwoSessions), Clock);
        string second = CareCalendar.Write(Apply(TwoSessions), new FakeClock(Clock.GetCurrentInstant()));
        string later = CareCalendar.Write(Apply(TwoSessions), new FakeClock(Clock.GetCurrentInstant() + Duration.FromDays(1)));

        Encoding.UTF8.GetBytes(second).Should().Equal(Encoding.UTF8.GetBytes(first));
        later.Replace("DTSTAMP:20261120T093000Z", "DTSTAMP:20261119T093000Z", StringComparison.Ordinal).Should().Be(first);
    }

    [Fact]
    public void A_moved_session_keeps_every_UID_and_raises_the_sequence_of_what_changed()
    {
        var before = Parse(CareCalendar.Write(CareRevisions.Of(Apply(TwoSessions)), Clock)).Events.ToDictionary(e => e.Uid!);
        var after = Parse(CareCalendar.Write(CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)), Clock)).Events.ToDictionary(e => e.Uid!);

        after.Keys.Should().BeEquivalentTo(before.Keys);
        foreach (var (uid, e) in after)
        {
            bool changed = e.DtStart!.AsUtc != before[uid].DtStart!.AsUtc || e.DtEnd?.AsUtc != before[uid].DtEnd?.AsUtc;
            e.Sequence.Should().Be(changed ? 1 : 0, uid);
        }

        after.Values.Single(e => e.Uid!.StartsWith("sweat-avoidance.no-sauna-or-steam/", StringComparison.Ordinal)).DtEnd!.Value
            .Should().Be(new DateTime(2027, 1, 6, 0, 0, 0));
        after.Values.Should().OnlyContain(e => e.Status == "CONFIRMED");
    }

    [Fact]
    public void An_added_session_keeps_the_UIDs_of_what_still_exists_and_a_removed_one_cancels_its_events()
    {
        var three = TwoSessions.WithSession(new LocalDateTime(2026, 12, 15, 10, 0));
        var history = CareRevisions.Of(Apply(TwoSessions), Apply(three), Apply(three.WithoutSession(3)));
        var original = Parse(CareCalendar.Write(CareRevisions.Of(Apply(TwoSessions)), Clock)).Events.ToDictionary(e => e.Uid!);
        var added = Parse(CareCalendar.Write(CareRevisions.Of(history.Schedules.Take(2)), Clock)).Events.ToDictionary(e => e.Uid!);
        var removed = Parse(CareCalendar.Write(history, Clock)).Events.ToDictionary(e => e.Uid!);

        added.Keys.Should().Contain(original.Keys, "adding a session keeps every UID");
        added.Values.Where(e => e.Uid!.Contains("/s3r1/", StringComparison.Ordinal)).Should().NotBeEmpty().And.OnlyContain(e => e.Sequence == 0);

        // Cancelling the added session again: its events are cancelled, each one revision later; what it had changed is
        // changed back, one more revision again.
        var cancelled = removed.Values.Where(e => e.Status == "CANCELLED").ToList();
        cancelled.Select(e => e.Uid).Should().BeEquivalentTo(added.Keys.Except(original.Keys));
        cancelled.Should().OnlyContain(e => e.Sequence == 1);
        string sauna = original.Keys.Single(k => k.StartsWith("sweat-avoidance.no-sauna-or-steam/", StringComparison.Ordinal));
        removed[sauna].Sequence.Should().Be(2);
        removed[sauna].DtEnd!.Value.Should().Be(original[sauna].DtEnd!.Value);
        removed.Values.Where(e => e.Status != "CANCELLED").Select(e => e.Uid).Should().BeEquivalentTo(original.Keys);
    }

    [Fact]
    public void A_plan_across_a_DST_change_keeps_its_local_times()
    {
        // Session 1 on 2026-10-20 10:00 BST (UTC+1), session 2 on 2026-11-03 10:00 GMT: clocks go back on 2026-10-25.
        CarePlan plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 10, 20, 10, 0), new LocalDateTime(2026, 11, 3, 10, 0));
        string text = CareCalendar.Write(Apply(plan), Clock);
        Ical.Net.Calendar calendar = Parse(text);

        text.Should().Contain("DTSTART;TZID=Europe/London:20261020T100000\r\n").And.Contain("DTSTART;TZID=Europe/London:20261103T100000\r\n");
        var dry = calendar.Events.Where(e => e.Uid!.StartsWith("dry-period.keep-scalp-dry/", StringComparison.Ordinal)).OrderBy(e => e.DtStart).ToList();
        dry[0].DtStart!.AsUtc.Should().Be(new DateTime(2026, 10, 20, 9, 0, 0));
        dry[1].DtStart!.AsUtc.Should().Be(new DateTime(2026, 11, 3, 10, 0, 0));
        dry[0].DtEnd!.AsUtc.Should().Be(new DateTime(2026, 10, 25, 0, 0, 0).AddHours(-1), "day 5 starts at local midnight, still BST");

        // The zone's definition covers both offsets.
        string zone = text[text.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..text.IndexOf("END:VTIMEZONE", StringComparison.Ordinal)];
        zone.Should().Contain("TZOFFSETTO:+0100").And.Contain("TZOFFSETTO:+0000");
    }

    [Fact]
    public void A_stretch_starting_at_a_day_that_begins_at_1_am_is_still_all_day()
    {
        // America/Santiago springs forward at midnight: one day in September 2026 starts at 01:00. A session five days
        // before it has its dry period end, and shampoo resume, at the start of that day.
        DateTimeZone santiago = DateTimeZoneProviders.Tzdb["America/Santiago"];
        LocalDate day = Enumerable.Range(0, 365).Select(d => new LocalDate(2026, 1, 1).PlusDays(d))
            .First(d => santiago.AtStartOfDay(d).LocalDateTime.TimeOfDay != LocalTime.Midnight);
        santiago.AtStartOfDay(day).LocalDateTime.TimeOfDay.Should().Be(new LocalTime(1, 0));
        CarePlan plan = CarePlan.Create(santiago, day.PlusDays(-5).At(new LocalTime(10, 0)));
        var history = CareRevisions.Of(Apply(plan));
        CareStretch shampoo = history.Stretches.Single(s => s.RuleId == StandardProtocol_Ids.Shampoo && s.Status == CareStatus.Applies);
        shampoo.Start.InZone(santiago).LocalDateTime.Should().Be(day.At(new LocalTime(1, 0)));

        CareCalendar.Events(history).Single(e => e.Stretch.Key == shampoo.Key).IsAllDay.Should().BeTrue();
        CareCalendar.Write(history, Clock).Should().Contain($"DTSTART;VALUE=DATE:{day.Year:D4}{day.Month:D2}{day.Day:D2}\r\n");
    }

    [Fact]
    public void Reminders_come_before_the_stretches_of_the_directives_asked_for()
    {
        var options = new CareCalendarOptions { RemindFor = [CareDirective.Do], RemindBefore = Duration.FromHours(6) };
        string text = CareCalendar.Write(Apply(OneSession), Clock, options);
        Ical.Net.Calendar calendar = Parse(text);

        var withAlarm = calendar.Events.Where(e => e.Alarms!.Count > 0).ToList();
        var doRules = SmpRules.Protocols.StandardProtocol.Instance.Rules.Where(r => r.Directive == CareDirective.Do).Select(r => r.Id).ToList();
        doRules.Should().BeEquivalentTo("hygiene.shampoo-and-condition", "hydration.moisturize");
        withAlarm.Select(e => e.Uid!.Split('/')[0]).Should().BeEquivalentTo(doRules, "a suspended stretch gets no reminder, the one where it resumes does");
        withAlarm.Should().OnlyContain(e => e.Alarms![0]!.Trigger!.Duration!.Value.ToString() == "-PT6H");
        withAlarm.Should().OnlyContain(e => e.Alarms![0]!.Action == "DISPLAY" && e.Alarms![0]!.Description!.StartsWith("From 2026-11-25, again: ", StringComparison.Ordinal));
        CareCalendar.Write(Apply(OneSession), Clock).Should().NotContain("BEGIN:VALARM", "no reminders unless asked for");
    }

    [Fact]
    public void Without_suspended_stretches_only_what_applies_is_written()
    {
        var events = CareCalendar.Events(CareRevisions.Of(Apply(OneSession)), new CareCalendarOptions { IncludeSuspended = false });

        events.Should().HaveCount(7);
        events.Should().OnlyContain(e => e.Stretch.Status == CareStatus.Applies && !e.Summary.StartsWith("Paused", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_clients_with_their_own_calendar_ids_never_share_a_UID()
    {
        var a = CareCalendar.Events(CareRevisions.Of(Apply(OneSession)), new CareCalendarOptions { CalendarId = "client-17" });
        var b = CareCalendar.Events(CareRevisions.Of(Apply(OneSession)), new CareCalendarOptions { CalendarId = "client-18" });

        a.Select(e => e.Uid).Should().NotIntersectWith(b.Select(e => e.Uid));
        a.Should().OnlyContain(e => e.Uid.EndsWith("/client-17@smprules", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_arguments_say_what_is_wrong()
    {
        var negative = () => CareCalendar.Events(CareRevisions.Of(Apply(OneSession)), new CareCalendarOptions { RemindBefore = Duration.FromHours(-1) });
        negative.Should().Throw<ArgumentException>().WithMessage("*RemindBefore*cannot be negative*");
        var noClock = () => CareCalendar.Write(Apply(OneSession), null!);
        noClock.Should().Throw<ArgumentNullException>().WithParameterName("clock");
        var empty = () => CareRevisions.Of(Array.Empty<CareSchedule>());
        empty.Should().Throw<ArgumentException>().WithMessage("*at least one schedule*");
        var noSchedule = () => CareRevisions.Of((CareSchedule)null!);
        noSchedule.Should().Throw<ArgumentNullException>().WithParameterName("schedule");
        foreach (string id in new[] { "", "client 17", "client/17", "kunde-ü", new string('a', 65) })
        {
            var badId = () => CareCalendar.Write(Apply(OneSession), Clock, new CareCalendarOptions { CalendarId = id });
            badId.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*calendar id*1 to 64 ASCII letters, digits*");
            CareCalendarOptions.IsValidCalendarId(id).Should().BeFalse(id);
        }

        CareCalendarOptions.IsValidCalendarId("client-17_a.b").Should().BeTrue();
    }

    [Fact]
    public void Default_reminder_directives_mean_no_reminders()
    {
        string text = CareCalendar.Write(Apply(TwoSessions), Clock, new CareCalendarOptions { RemindFor = default });

        text.Should().NotContain("BEGIN:VALARM");
    }

    [Fact]
    public void The_file_is_plain_calendar_data_with_no_iTIP_method()
    {
        // RFC 5546 wants an ORGANIZER in every PUBLISH event; a file to import or subscribe to needs no METHOD at all.
        string text = CareCalendar.Write(Apply(TwoSessions), Clock);

        text.Should().NotContain("METHOD:").And.NotContain("ORGANIZER");
    }

    [Theory]
    [InlineData("America/Santiago", 2026, 8, 20)]
    [InlineData("Europe/London", 2026, 3, 1)]
    [InlineData("Australia/Lord_Howe", 2026, 9, 20)]
    [InlineData("America/New_York", 2026, 10, 20)]
    [InlineData("Asia/Tokyo", 2026, 11, 20)]
    public void The_time_zone_part_gives_the_zone_own_transitions_over_the_plan(string zoneId, int year, int month, int day)
    {
        // Chile changes its clocks at Saturday 24:00 (Sunday 00:00), a rule Ical.Net's own VTIMEZONE writes as Saturday.
        // Each STANDARD or DAYLIGHT part must start at an instant where the zone's offset becomes its TZOFFSETTO, from
        // its TZOFFSETFROM, read as RFC 5545 section 3.6.5 says: DTSTART is local time in the offset before the change.
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[zoneId];
        CarePlan plan = CarePlan.Create(zoneId, new LocalDateTime(year, month, day, 10, 0), new LocalDateTime(year, month, day, 10, 0).PlusDays(21));
        string text = CareCalendar.Write(Apply(plan), Clock).Replace("\r\n ", string.Empty, StringComparison.Ordinal);

        string part = text[text.IndexOf("BEGIN:VTIMEZONE", StringComparison.Ordinal)..text.IndexOf("END:VTIMEZONE", StringComparison.Ordinal)];
        part.Should().Contain("TZID:" + zoneId).And.NotContain("RRULE");
        var onsets = new List<(Instant At, Offset To)>();
        foreach (string sub in part.Split("BEGIN:").Skip(2))
        {
            string Value(string name) => sub.Split("\r\n").Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
            Offset Parse(string v) => NodaTime.Text.OffsetPattern.CreateWithInvariantCulture("+HHmm").Parse(v).GetValueOrThrow();
            LocalDateTime local = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss").Parse(Value("DTSTART")).GetValueOrThrow();
            Offset from = Parse(Value("TZOFFSETFROM"));
            Offset to = Parse(Value("TZOFFSETTO"));
            onsets.Add((local.WithOffset(from).ToInstant(), to));
            if (from != to)
            {
                zone.GetUtcOffset(local.WithOffset(from).ToInstant() - Duration.Epsilon).Should().Be(from, sub);
            }

            zone.GetUtcOffset(local.WithOffset(from).ToInstant()).Should().Be(to, sub);
            sub.StartsWith("DAYLIGHT", StringComparison.Ordinal).Should().Be(zone.GetZoneInterval(local.WithOffset(from).ToInstant()).Savings != Offset.Zero, sub);
        }

        // Every change of the zone's clocks from the day before the plan to the last event is there.
        Instant start = zone.AtStrictly(plan.Sessions[0].LocalDateTime).ToInstant() - Duration.FromDays(1);
        Instant end = zone.AtStrictly(plan.Sessions[^1].LocalDateTime).ToInstant() + Duration.FromDays(30);
        var transitions = zone.GetZoneIntervals(start, end).Where(i => i.HasStart && i.Start > start).Select(i => i.Start).ToList();
        transitions.Except(onsets.Select(o => o.At)).Should().BeEmpty();
        onsets.Should().HaveCount(transitions.Count + 1, "one part for the offset in force at the start, one per change");
        if (zoneId is "America/Santiago")
        {
            transitions.Should().Contain(Instant.FromUtc(2026, 9, 6, 4, 0), "Chile's clocks go forward at 2026-09-06 00:00 local (-04)");
            part.Should().Contain("DTSTART:20260906T000000");
        }
    }

    [Fact]
    public void Event_descriptions_number_days_as_the_clinic_does()
    {
        // DOMAIN.md: "some clinics call the treatment day day 1, others day 0". The dry period starts on the session's date:
        // day 0 for the Standard protocol, day 1 for the same protocol numbered from one.
        var fromOne = SmpRules.Protocols.StandardProtocol.Instance.ToBuilder();
        fromOne.DayNumbering = SmpRules.Protocols.DayNumbering.SessionDayIsOne;
        string Dry(SmpRules.Protocols.CareProtocol protocol) => Parse(CareCalendar.Write(CareRevisions.Of(protocol.Apply(OneSession)), Clock)).Events
            .Single(e => e.Summary!.StartsWith("Keep your scalp dry", StringComparison.Ordinal)).Description!;

        Dry(SmpRules.Protocols.StandardProtocol.Instance).Should().Contain("Session 1 (2026-11-20 10:00), day 0.");
        Dry(fromOne.Build()).Should().Contain("Session 1 (2026-11-20 10:00), day 1.");
    }
}
