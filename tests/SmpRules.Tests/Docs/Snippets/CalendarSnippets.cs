#region calendar-usings
using NodaTime;
using NodaTime.Testing;
using SmpRules.Calendar;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/calendar.md and the calendar package's README.</summary>
public static class CalendarSnippets
{
    [Snippet("calendar-export")]
    public static void Export()
    {
        #region calendar-export
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0));
        var schedule = StandardProtocol.Instance.Apply(plan);

        // DTSTAMP comes from the clock you pass (here a fixed one), so the same plan gives the same bytes.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 19, 9, 30));
        var options = new CareCalendarOptions { CalendarId = "client-1042", RemindFor = [CareDirective.Do] };
        string ics = CareCalendar.Write(schedule, clock, options);

        // The events as data: here the four stretches of shampoo.
        foreach (CareCalendarEvent e in CareCalendar.Events(CareRevisions.Of(schedule), options)
                     .Where(e => e.Stretch.RuleId == StandardProtocol.RuleIds.ShampooAndCondition))
        {
            Console.WriteLine($"{(e.IsAllDay ? "all day" : "timed  ")}  {e.Stretch.Start.InZone(plan.Zone):uuuu-MM-dd HH:mm}  {e.Uid}");
        }

        Console.WriteLine($"{ics.Split("BEGIN:VEVENT").Length - 1} events, {ics.Split("BEGIN:VALARM").Length - 1} reminders");
        #endregion
    }

    [Snippet("calendar-what-if")]
    public static void WhatIf()
    {
        // The plan of calendar-export, above on the page.
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0));

        #region calendar-what-if
        // The plan the client has, then the same plan with the second session moved by a week; "now" is 2026-11-22.
        var moved = plan.WithSessionMoved(2, new LocalDateTime(2026, 12, 8, 10, 0));
        var revisions = CareRevisions.Of(StandardProtocol.Instance.Apply(plan), StandardProtocol.Instance.Apply(moved));
        CareRevisionReport report = revisions.Compare(Instant.FromUtc(2026, 11, 22, 12, 0));

        CareStretchChange sauna = report.Changes.Single(c => c.Rule.Id == StandardProtocol.RuleIds.NoSaunaOrSteam);
        Console.WriteLine(sauna.Sentence);
        Console.WriteLine($"{report.Changes.Length} stretches moved; reminders: {report.Cancel.Length} to cancel, {report.Reissue.Length} to send again, {report.Issue.Length} new");
        Console.WriteLine(report.Reissue.First().Key);
        #endregion
    }

    [Snippet("calendar-notices")]
    public static void Notices()
    {
        // The plan and schedule of calendar-export, above on the page.
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0));
        var schedule = StandardProtocol.Instance.Apply(plan);

        #region calendar-notices
        // What the client must hear about between 24 and 26 November, in Spanish.
        Instant from = plan.Zone.AtStartOfDay(new LocalDate(2026, 11, 24)).ToInstant();
        Instant to = plan.Zone.AtStartOfDay(new LocalDate(2026, 11, 26)).ToInstant();
        foreach (CareNotice notice in CareRevisions.Of(schedule).Notices(from, to, "es"))
        {
            Console.WriteLine($"{notice.Kind,-8} {notice.Sentence}");
        }
        #endregion
    }
}
