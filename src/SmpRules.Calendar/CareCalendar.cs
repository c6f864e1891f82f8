using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Calendar;

/// <summary>
/// A client's schedule as iCalendar (RFC 5545): one event per stretch of a rule, all-day when the stretch is bounded by
/// local midnights and timed in the plan's zone otherwise, with UIDs and sequence numbers that let a calendar app update
/// what it already has when the plan is revised.
/// </summary>
/// <remarks>
/// <para>Every event's UID is its stretch's key (<see cref="CareStretch.Key"/>) and the calendar's identity
/// (<see cref="CareCalendarOptions.CalendarId"/>). Written from a history of revisions (<see cref="CareRevisions"/>),
/// an event that changed in a revision has a higher <c>SEQUENCE</c>, and a stretch that no longer exists is written as a
/// cancelled event, so a calendar that imports the file again updates instead of duplicating.</para>
/// <para>The output depends only on the revisions, the options and the clock's instant (<c>DTSTAMP</c>): writing the
/// same plan twice at the same instant gives the same bytes. A stretch that never ends is an event on its first day (or
/// at its start, when timed) whose description says it goes on for good.</para>
/// </remarks>
public static class CareCalendar
{
    private const string ProductId = "-//SmpRules//SmpRules.Calendar//EN";

    /// <summary>Writes a schedule as iCalendar text (CRLF line ends, lines folded at 75 octets).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="clock">The clock whose instant is every event's <c>DTSTAMP</c>.</param>
    /// <returns>The iCalendar text.</returns>
    public static string Write(CareSchedule schedule, IClock clock) => Write(schedule, clock, null);

    /// <summary>Writes a schedule as iCalendar text (CRLF line ends, lines folded at 75 octets).</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="clock">The clock whose instant is every event's <c>DTSTAMP</c>.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="CareCalendarOptions.Default"/>.</param>
    /// <returns>The iCalendar text.</returns>
    public static string Write(CareSchedule schedule, IClock clock, CareCalendarOptions? options)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Write(CareRevisions.Of(schedule), clock, options);
    }

    /// <summary>Writes the latest revision of a schedule as iCalendar text, with the stretches of earlier revisions that no longer exist cancelled.</summary>
    /// <param name="revisions">The revisions, oldest first.</param>
    /// <param name="clock">The clock whose instant is every event's <c>DTSTAMP</c>.</param>
    /// <returns>The iCalendar text.</returns>
    public static string Write(CareRevisions revisions, IClock clock) => Write(revisions, clock, null);

    /// <summary>Writes the latest revision of a schedule as iCalendar text, with the stretches of earlier revisions that no longer exist cancelled.</summary>
    /// <param name="revisions">The revisions, oldest first.</param>
    /// <param name="clock">The clock whose instant is every event's <c>DTSTAMP</c>.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="CareCalendarOptions.Default"/>.</param>
    /// <returns>The iCalendar text.</returns>
    public static string Write(CareRevisions revisions, IClock clock, CareCalendarOptions? options)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        ArgumentNullException.ThrowIfNull(clock);
        options ??= CareCalendarOptions.Default;
        ImmutableArray<CareCalendarEvent> events = Events(revisions, options);
        Instant stamp = clock.GetCurrentInstant();
        CareSchedule current = revisions.Current;
        DateTimeZone zone = current.Zone;
        bool zoneKnown = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id) is not null;

        // No METHOD: a file to import or subscribe to is plain RFC 5545 data, not an iTIP message (which PUBLISH would need an ORGANIZER for).
        var calendar = new Ical.Net.Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", options.Name ?? string.Format(CultureInfo.InvariantCulture, ClientTexts.For(options.Culture).CalendarName, current.Protocol.Name));
        if (zoneKnown)
        {
            calendar.AddProperty("X-WR-TIMEZONE", zone.Id);
            Instant earliest = events.IsEmpty ? stamp : events.Min(e => e.Content.Start);
            Instant latest = events.IsEmpty ? stamp : events.Max(e => e.Content.End ?? e.Content.Start);
            calendar.AddTimeZone(TimeZoneOf(zone, earliest - NodaTime.Duration.FromDays(1), latest + NodaTime.Duration.FromDays(1)));
        }

        CalDateTime dtStamp = new(stamp.ToDateTimeUtc(), "UTC");
        foreach (CareCalendarEvent e in events)
        {
            EventContent c = e.Content;
            var vevent = new CalendarEvent
            {
                Uid = e.Uid,
                Sequence = e.Sequence,
                DtStamp = dtStamp,
                Summary = c.Summary,
                Description = c.Description,
                Status = e.IsCancelled ? "CANCELLED" : "CONFIRMED",
                Transparency = "TRANSPARENT",
                DtStart = Time(c.Start, zone, c.IsAllDay, zoneKnown),
            };
            if (c.End is { } end)
            {
                vevent.DtEnd = Time(end, zone, c.IsAllDay, zoneKnown);
            }

            vevent.Categories.Add(c.Category);
            if (!e.IsCancelled && c.RemindAt is { } remindAt)
            {
                vevent.Alarms.Add(new Alarm
                {
                    Action = "DISPLAY",
                    Description = c.Reminder ?? c.Summary,
                    Trigger = new Trigger(Before(c.Start - remindAt)),
                });
            }

            calendar.Events.Add(vevent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The events <see cref="Write(CareRevisions, IClock, CareCalendarOptions?)"/> writes, in order of their start (then of their UID).</summary>
    /// <param name="revisions">The revisions, oldest first.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="CareCalendarOptions.Default"/>.</param>
    /// <returns>The events, the cancelled ones among them.</returns>
    public static ImmutableArray<CareCalendarEvent> Events(CareRevisions revisions, CareCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        options ??= CareCalendarOptions.Default;
        if (options.RemindBefore < NodaTime.Duration.Zero)
        {
            throw new ArgumentException($"A reminder comes before its change: RemindBefore ({options.RemindBefore}) cannot be negative.", nameof(options));
        }

        if (options.CalendarId is { } id && !CareCalendarOptions.IsValidCalendarId(id))
        {
            throw new ArgumentException(
                $"The calendar id '{id}' must be 1 to 64 ASCII letters, digits, '.', '-' or '_' (it becomes part of every event's UID).", nameof(options));
        }

        string calendarId = options.CalendarId ?? DefaultCalendarId(revisions.Schedules[0]);
        DateTimeZone zone = revisions.Current.Zone;
        ClientTexts texts = ClientTexts.For(options.Culture);
        var state = new Dictionary<string, (EventContent Content, int Sequence, bool Cancelled, CareStretch Stretch)>(StringComparer.Ordinal);
        for (int r = 0; r < revisions.Count; r++)
        {
            Dictionary<string, string> reminders = revisions.AllNotices(r, options.Culture)
                .Where(n => n.Key.EndsWith("/start", StringComparison.Ordinal))
                .ToDictionary(n => n.Stretch.Key, n => n.Sentence, StringComparer.Ordinal);
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (CareStretch s in revisions.StretchesOf(r))
            {
                if (!options.IncludeSuspended && s.Status == CareStatus.Suspended)
                {
                    continue;
                }

                present.Add(s.Key);
                EventContent content = Render(s, revisions.Schedules[r], texts, options, reminders.GetValueOrDefault(s.Key));
                if (!state.TryGetValue(s.Key, out var known))
                {
                    state[s.Key] = (content, 0, false, s);
                }
                else if (known.Cancelled || known.Content != content)
                {
                    state[s.Key] = (content, known.Sequence + 1, false, s);
                }
                else
                {
                    state[s.Key] = known with { Stretch = s };
                }
            }

            foreach (string key in state.Keys.Where(k => !present.Contains(k) && !state[k].Cancelled).ToArray())
            {
                var gone = state[key];
                state[key] = gone with { Sequence = gone.Sequence + 1, Cancelled = true };
            }
        }

        return [.. state
            .Select(kv => new CareCalendarEvent($"{kv.Key}/{calendarId}@smprules", kv.Value.Sequence, kv.Value.Cancelled, kv.Value.Stretch, kv.Value.Content))
            .OrderBy(e => e.Content.Start)
            .ThenBy(e => e.Uid, StringComparer.Ordinal)];
    }

    private static EventContent Render(CareStretch s, CareSchedule schedule, ClientTexts texts, CareCalendarOptions options, string? reminder)
    {
        DateTimeZone zone = schedule.Zone;
        string text = s.GetText(options.Culture);
        bool suspended = s.Status == CareStatus.Suspended;
        string summary = suspended ? texts.Format(texts.Paused, ClientTexts.Short(text)) : ClientTexts.Short(text);
        var description = new StringBuilder(text);
        description.Append('\n').Append(texts.Format(texts.Session, s.Session.Number, ClientTexts.When(s.Session.Instant, zone), schedule.Protocol.ToDisplayDay(s.SessionDay)));
        if (s.SuspendedBy is { } by)
        {
            description.Append('\n').Append(texts.Format(texts.PausedWhile, ClientTexts.Short(by.Text.Resolve(options.Culture))));
        }

        description.Append('\n').Append(s.End is { } end
            ? texts.Format(texts.FromUntil, texts.At(s.Start, zone), texts.Until(end, zone))
            : texts.Format(texts.FromForGood, texts.At(s.Start, zone)));
        bool allDay = IsStartOfDay(s.Start, zone) && (s.End is not { } e || IsStartOfDay(e, zone));
        bool remind = !suspended && !options.RemindFor.IsDefaultOrEmpty && options.RemindFor.Contains(s.Rule.Directive);
        return new EventContent(
            s.Start,
            s.End,
            allDay,
            summary,
            description.ToString(),
            s.Rule.Family.Name,
            remind ? s.Start - options.RemindBefore : null,
            remind ? reminder : null);
    }

    /// <summary>A trigger's offset before an event's start, in hours, minutes and seconds (exact time, not days, which DST may lengthen).</summary>
    private static Ical.Net.DataTypes.Duration Before(NodaTime.Duration lead)
    {
        long seconds = (long)lead.TotalSeconds;
        if (seconds == 0)
        {
            return Ical.Net.DataTypes.Duration.Zero;
        }

        var text = new StringBuilder("-PT");
        if (seconds >= 3600)
        {
            text.Append(seconds / 3600).Append('H');
        }

        if (seconds % 3600 >= 60)
        {
            text.Append(seconds % 3600 / 60).Append('M');
        }

        if (seconds % 60 != 0)
        {
            text.Append(seconds % 60).Append('S');
        }

        return Ical.Net.DataTypes.Duration.Parse(text.ToString())!.Value;
    }

    /// <summary>
    /// The zone as a VTIMEZONE from its own transitions (NodaTime's zone intervals) over a span: one STANDARD or DAYLIGHT
    /// part per offset in force in the span, starting at its own transition (DTSTART in the offset before it), with no
    /// recurrence rule to misread. A zone with no transition is one part from 1970 on.
    /// </summary>
    private static VTimeZone TimeZoneOf(DateTimeZone zone, Instant from, Instant to)
    {
        var timeZone = new VTimeZone(zone.Id);
        foreach (NodaTime.TimeZones.ZoneInterval interval in zone.GetZoneIntervals(from, to))
        {
            Offset before;
            LocalDateTime onset;
            if (interval.HasStart)
            {
                before = zone.GetUtcOffset(interval.Start - NodaTime.Duration.Epsilon);
                onset = interval.Start.WithOffset(before).LocalDateTime;
            }
            else
            {
                before = interval.WallOffset;
                onset = new LocalDateTime(1970, 1, 1, 0, 0);
            }

            timeZone.TimeZoneInfos.Add(new Ical.Net.VTimeZoneInfo
            {
                Name = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT",
                OffsetFrom = new UtcOffset(before.ToTimeSpan()),
                OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
                TimeZoneName = interval.Name,
                Start = new CalDateTime(new DateOnly(onset.Year, onset.Month, onset.Day), new TimeOnly(onset.Hour, onset.Minute, onset.Second)),
            });
        }

        return timeZone;
    }

    private static bool IsStartOfDay(Instant instant, DateTimeZone zone) =>
        zone.AtStartOfDay(instant.InZone(zone).Date).ToInstant() == instant;

    private static CalDateTime Time(Instant instant, DateTimeZone zone, bool allDay, bool zoneKnown)
    {
        ZonedDateTime local = instant.InZone(zone);
        if (allDay)
        {
            LocalDate date = local.Date;
            return new CalDateTime(new DateOnly(date.Year, date.Month, date.Day));
        }

        // A local time the zone cannot give back as this instant (the later half of a fall-back overlap) is written in UTC.
        if (!zoneKnown || zone.AtLeniently(local.LocalDateTime).ToInstant() != instant)
        {
            return new CalDateTime(instant.ToDateTimeUtc(), "UTC");
        }

        LocalDateTime t = local.LocalDateTime;
        return new CalDateTime(new DateOnly(t.Year, t.Month, t.Day), new TimeOnly(t.Hour, t.Minute, t.Second), zone.Id);
    }

    /// <summary>An identity for a client's calendar from the first revision: 16 hex digits of a hash of its protocol's name, its zone and its sessions.</summary>
    private static string DefaultCalendarId(CareSchedule first)
    {
        var text = new StringBuilder(first.Protocol.Name).Append('\n').Append(first.Zone.Id);
        foreach (var session in first.Plan.Sessions)
        {
            text.Append('\n').Append(LocalDateTimePattern.ExtendedIso.Format(session.LocalDateTime));
        }

        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(text.ToString()))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
