#region time-semantics-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/time-semantics.md: day numbers, day and hour windows, and daylight saving time.</summary>
public static class TimeSemanticsSnippets
{
    [Snippet("time-semantics-day-numbers")]
    public static void DayNumbers()
    {
        #region time-semantics-day-numbers
        CarePlan latePlan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 23, 30));
        CareSchedule late = StandardProtocol.Instance.Apply(latePlan);

        Console.WriteLine(late.CourseDayOf(new LocalDate(2026, 11, 20)));   // the session's date: day 0
        Console.WriteLine(late.CourseDayOf(new LocalDate(2026, 11, 21)));   // 30 minutes later, day 1
        Console.WriteLine(late.CourseDayOf(new LocalDate(2026, 11, 18)));   // before the session
        Console.WriteLine($"{late.DateOfCourseDay(28):uuuu-MM-dd}");
        #endregion
    }

    [Snippet("time-semantics-day-zero")]
    public static void DayZero()
    {
        #region time-semantics-day-zero
        CarePlan plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);
        DateTimeZone zone = plan.Zone;

        Instant justBefore = new LocalDateTime(2026, 11, 20, 9, 59).InZoneStrictly(zone).ToInstant();
        Instant atSession = plan.FirstSession.Instant;
        Instant lastMinute = new LocalDateTime(2026, 11, 24, 23, 59).InZoneStrictly(zone).ToInstant();
        Instant dayFive = new LocalDateTime(2026, 11, 25, 0, 0).InZoneStrictly(zone).ToInstant();

        foreach (Instant t in new[] { justBefore, atSession, lastMinute, dayFive })
        {
            bool dry = schedule.At(t).Applies(StandardProtocol.RuleIds.KeepScalpDry);
            Console.WriteLine($"{t.InZone(zone):uuuu-MM-dd HH:mm}: keep dry = {dry}");
        }
        #endregion
    }

    [Snippet("time-semantics-london-spring")]
    public static void LondonSpring()
    {
        #region time-semantics-london-spring
        // The clocks go forward at 01:00 on Sunday 28 March 2027: that local day has 23 hours.
        CarePlan springPlan = CarePlan.Create("Europe/London", new LocalDateTime(2027, 3, 25, 10, 0));
        CareSchedule spring = StandardProtocol.Instance.Apply(springPlan);

        CareAdviceItem dryPeriod = spring.At(springPlan.FirstSession.Instant).Items
            .Single(i => i.RuleId == StandardProtocol.RuleIds.KeepScalpDry);
        Console.WriteLine($"from  {dryPeriod.Interval.Start.InZone(springPlan.Zone)}");
        Console.WriteLine($"until {dryPeriod.Interval.End.InZone(springPlan.Zone)}");
        Console.WriteLine($"that is {dryPeriod.Interval.Duration.TotalHours} hours, not 5 x 24 - 10 = 110");
        #endregion
    }

    [Snippet("time-semantics-new-york-fall")]
    public static void NewYorkFall()
    {
        #region time-semantics-new-york-fall
        // The clocks go back at 02:00 on Sunday 1 November 2026: that local day has 25 hours.
        CarePlan newYorkPlan = CarePlan.Create("America/New_York", new LocalDateTime(2026, 10, 30, 15, 0));
        CareSchedule newYork = StandardProtocol.Instance.Apply(newYorkPlan);

        foreach (int day in new[] { 2, 5 })
        {
            CareAdvice advice = newYork.OnCourseDay(day);
            Console.WriteLine($"day {day}: {advice.Date:uuuu-MM-dd}, {advice.Interval.Duration.TotalHours} hours, "
                + $"keep dry: {advice.Applying.Any(i => i.RuleId == StandardProtocol.RuleIds.KeepScalpDry)}");
        }

        Instant dryEnds = newYork.At(newYorkPlan.FirstSession.Instant).Items[0].Interval.End;
        Console.WriteLine($"the dry period ends at {dryEnds.InZone(newYorkPlan.Zone)} = {dryEnds}");
        #endregion
    }

    [Snippet("time-semantics-santiago")]
    public static void Santiago()
    {
        #region time-semantics-santiago
        // In Santiago the clocks go forward at midnight on Sunday 6 September 2026: 00:00 to 00:59 do not exist,
        // and that day starts at 01:00.
        CarePlan santiagoPlan = CarePlan.Create("America/Santiago", new LocalDateTime(2026, 9, 2, 10, 0));
        CareProtocol threeDryDays = StandardProtocol.Instance
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 3));
        CareSchedule santiago = threeDryDays.Apply(santiagoPlan);

        Instant threeDaysEnd = santiago.At(santiagoPlan.FirstSession.Instant).Items[0].Interval.End;
        Console.WriteLine($"days 0-3 end at {threeDaysEnd.InZone(santiagoPlan.Zone)} = {threeDaysEnd}");

        CareAdvice day4 = santiago.OnCourseDay(4);
        Console.WriteLine($"day 4 runs from {day4.Interval.Start.InZone(santiagoPlan.Zone)} for {day4.Interval.Duration.TotalHours} hours");
        #endregion
    }

    [Snippet("time-semantics-hours")]
    public static void Hours()
    {
        #region time-semantics-hours
        // A clinic that says "48 hours" means elapsed time, even across the London spring-forward.
        CareProtocol fortyEightHours = StandardProtocol.Instance
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Hours(0, 48));
        CarePlan weekendPlan = CarePlan.Create("Europe/London", new LocalDateTime(2027, 3, 27, 10, 0));
        CareSchedule hours = fortyEightHours.Apply(weekendPlan);
        CareSchedule days = StandardProtocol.Instance
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 1))
            .Apply(weekendPlan);

        Instant start = weekendPlan.FirstSession.Instant;
        Console.WriteLine($"hours 0 to 48 end at {hours.At(start).Items[0].Interval.End.InZone(weekendPlan.Zone)}");
        Console.WriteLine($"days 0 to 1 end at   {days.At(start).Items[0].Interval.End.InZone(weekendPlan.Zone)}");
        #endregion
    }

    [Snippet("time-semantics-ambiguous")]
    public static void Ambiguous()
    {
        #region time-semantics-ambiguous
        // 01:30 happens twice in London on 25 October 2026: first in summer time (+01), then in winter time (+00).
        CarePlan autumnPlan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 10, 25, 1, 30));

        CareSession session = autumnPlan.FirstSession;
        Console.WriteLine($"{session.LocalDateTime:uuuu-MM-dd HH:mm} is {session.Instant} ({session.Instant.InZone(autumnPlan.Zone)})");
        #endregion
    }

    [Snippet("time-semantics-gap")]
    public static void Gap()
    {
        #region time-semantics-gap
        try
        {
            CarePlan.Create("Europe/London", new LocalDateTime(2027, 3, 28, 1, 30));
        }
        catch (CarePlanException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            CarePlan.Create("America/Santiago", new LocalDateTime(2026, 9, 6, 0, 30));
        }
        catch (CarePlanException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("time-semantics-duplicate")]
    public static void Duplicate()
    {
        #region time-semantics-duplicate
        try
        {
            CarePlan.Create(
                "Europe/London",
                new LocalDateTime(2026, 11, 20, 10, 0),
                new LocalDateTime(2027, 3, 28, 1, 30),
                new LocalDateTime(2026, 11, 20, 10, 0));
        }
        catch (CarePlanException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine($"({e.Problems.Count} problems)");
        }
        #endregion
    }

    [Snippet("time-semantics-governing")]
    public static void Governing()
    {
        #region time-semantics-governing
        // Sessions 10 days apart: the 28-day healing phase of session 1 still runs when session 2 starts.
        CarePlan apartPlan = CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 12, 1, 10, 0),
            new LocalDateTime(2026, 11, 20, 10, 0));   // any order: sessions are numbered by time
        CareSchedule apart = StandardProtocol.Instance.Apply(apartPlan);

        foreach (LocalDate date in new[] { new LocalDate(2026, 11, 30), new LocalDate(2026, 12, 3) })
        {
            CareAdvice advice = apart.On(date);
            foreach (CareAdviceItem item in advice.Items.Where(i => i.RuleId == StandardProtocol.RuleIds.NoSaunaOrSteam))
            {
                Console.WriteLine($"{date:uuuu-MM-dd} (course day {advice.CourseDay}): session {item.Session.Number}, day {item.SessionDay}");
            }
        }
        #endregion
    }

    [Snippet("time-semantics-part-of-day")]
    public static void PartOfDay()
    {
        #region time-semantics-part-of-day
        CarePlan workedPlan = CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 11, 20, 10, 0),
            new LocalDateTime(2026, 12, 1, 10, 0));
        CareSchedule worked = StandardProtocol.Instance.Apply(workedPlan);

        // On the second session's date, shampoo applies until the session, then the dry period suspends it.
        foreach (CareAdviceItem item in worked.On(new LocalDate(2026, 12, 1)).Items
                     .Where(i => i.RuleId == StandardProtocol.RuleIds.ShampooAndCondition))
        {
            Interval part = item.PartOfDay!.Value;
            Console.WriteLine($"{item.Status,-9} {part.Start.InZone(workedPlan.Zone):HH:mm} to {part.End.InZone(workedPlan.Zone):HH:mm}");
        }
        #endregion
    }

    [Snippet("time-semantics-before-session")]
    public static void BeforeSession()
    {
        #region time-semantics-before-session
        // "No alcohol in the 24 hours before a session": a window that ends at the session.
        CareRule noAlcohol = new()
        {
            Id = "preparation.no-alcohol",
            Family = new CareFamily("preparation"),
            Directive = CareDirective.Avoid,
            Activities = [new CareActivity("alcohol")],
            Window = CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(-24), WindowEnd.Session),
            Text = "No alcohol in the 24 hours before your session.",
        };
        CarePlan alcoholPlan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        CareSchedule withAlcohol = StandardProtocol.Instance.With(noAlcohol).Apply(alcoholPlan);

        CareAdviceItem alcohol = withAlcohol.OnCourseDay(-1).Items.Single();
        Console.WriteLine($"course day -1, session day {alcohol.SessionDay}: {alcohol.Explanation}");
        #endregion
    }
}
