#region getting-started-usings
using NodaTime;
using NodaTime.Testing;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/getting-started.md: one client, one session on 2026-11-20 at 10:00 in London.</summary>
public static class GettingStartedSnippets
{
    private static CareSchedule Schedule() =>
        StandardProtocol.Instance.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));

    [Snippet("getting-started-first-plan")]
    public static void FirstPlan()
    {
        #region getting-started-first-plan
        CarePlan plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);

        Console.WriteLine(plan);
        Console.WriteLine($"{schedule.Protocol} starts at {schedule.Start} and settles at {schedule.End}.");
        #endregion
    }

    [Snippet("getting-started-day-n")]
    public static void DayN()
    {
        CareSchedule schedule = Schedule();

        #region getting-started-day-n
        CareAdvice day6 = schedule.OnCourseDay(6);
        Console.WriteLine($"{day6.Date:uuuu-MM-dd} is course day {day6.CourseDay}:");
        foreach (CareAdviceItem item in day6.Applying)
        {
            Console.WriteLine($"- {item.Directive} ({item.RuleId}): {item.GetText()}");
        }
        #endregion
    }

    [Snippet("getting-started-day-n-spanish")]
    public static void DayNSpanish()
    {
        CareSchedule schedule = Schedule();

        #region getting-started-day-n-spanish
        foreach (CareAdviceItem item in schedule.OnCourseDay(6).Applying)
        {
            Console.WriteLine($"- {item.GetText("es-MX")}");
        }
        #endregion
    }

    [Snippet("getting-started-date")]
    public static void OnDate()
    {
        CareSchedule schedule = Schedule();

        #region getting-started-date
        CareAdvice sessionDay = schedule.On(new LocalDate(2026, 11, 20));
        foreach (CareAdviceItem item in sessionDay.Items)
        {
            string part = item.PartOfDay is Interval p
                ? $" from {p.Start.InZone(schedule.Zone):HH:mm} to {p.End.InZone(schedule.Zone):HH:mm}"
                : " all day";
            Console.WriteLine($"{item.RuleId}: {item.Status}{part}");
        }
        #endregion
    }

    [Snippet("getting-started-at")]
    public static void AtInstant()
    {
        CareSchedule schedule = Schedule();

        #region getting-started-at
        Instant instant = new LocalDateTime(2026, 11, 22, 18, 30).InZoneStrictly(schedule.Zone).ToInstant();
        CareAdvice advice = schedule.At(instant);

        foreach (CareAdviceItem item in advice.Suspended)
        {
            Console.WriteLine($"{item.RuleId} is suspended by {item.SuspendedBy!.Id} until {item.ResumesAt}.");
            Console.WriteLine($"  {item.Explanation}");
        }
        #endregion
    }

    [Snippet("getting-started-lookup")]
    public static void Lookup()
    {
        CareSchedule schedule = Schedule();
        Instant instant = new LocalDateTime(2026, 11, 22, 18, 30).InZoneStrictly(schedule.Zone).ToInstant();

        #region getting-started-lookup
        int count = 0, applying = 0;
        foreach (CareAdviceItem item in schedule.EnumerateAt(instant))
        {
            count++;
            applying += item.Status == CareStatus.Applies ? 1 : 0;
        }

        Console.WriteLine($"{count} rules in play, {applying} apply.");
        #endregion
    }

    [Snippet("getting-started-advice-at")]
    public static void AdviceAt()
    {
        #region getting-started-advice-at
        // A stateless request: a zone, the sessions and "now". Applying is cheap; one question at an instant is answered
        // straight from the plan.
        IClock requestClock = new FakeClock(Instant.FromUtc(2026, 11, 22, 18, 30));
        CarePlan requestPlan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        CareAdvice answer = StandardProtocol.Instance.Apply(requestPlan).Now(requestClock);

        Console.WriteLine($"course day {answer.CourseDay}, keep dry: {answer.Applies(StandardProtocol.RuleIds.KeepScalpDry)}");
        foreach (CareAdviceItem item in answer.Suspended)
        {
            Console.WriteLine($"{item.RuleId}: suspended by {item.SuspendedBy!.Id} (session {item.Session.Number}, day {item.SessionDay})");
        }
        #endregion
    }

    [Snippet("getting-started-now")]
    public static void Now()
    {
        CareSchedule schedule = Schedule();

        #region getting-started-now
        // In an app: IClock clock = SystemClock.Instance. Here a FakeClock (NodaTime.Testing) fixes "now".
        IClock clock = new FakeClock(Instant.FromUtc(2026, 11, 26, 9, 0));
        CareAdvice now = schedule.Now(clock);

        Console.WriteLine($"Now is course day {now.CourseDay}; {now.Applying.Length} rules apply.");
        #endregion
    }

    [Snippet("getting-started-next-change")]
    public static void NextChange()
    {
        CareSchedule schedule = Schedule();
        IClock clock = new FakeClock(Instant.FromUtc(2026, 11, 26, 9, 0));

        #region getting-started-next-change
        CareChange? next = schedule.NextChange(clock.GetCurrentInstant());
        if (next is not null)
        {
            Console.WriteLine($"Next change: {next.At.InZone(schedule.Zone):uuuu-MM-dd HH:mm}");
            foreach (CareAdviceItem item in next.Ended)
            {
                Console.WriteLine($"  ends:   {item.RuleId}");
            }

            foreach (CareAdviceItem item in next.Started)
            {
                Console.WriteLine($"  starts: {item.RuleId}");
            }
        }
        #endregion
    }

    [Snippet("getting-started-timeline")]
    public static void Timeline()
    {
        CareSchedule schedule = Schedule();

        #region getting-started-timeline
        foreach (CareAdvice segment in schedule.Timeline())
        {
            string from = segment.Interval.Start.InZone(schedule.Zone).ToString("uuuu-MM-dd HH:mm", null);
            string to = segment.Interval.HasEnd
                ? "to " + segment.Interval.End.InZone(schedule.Zone).ToString("uuuu-MM-dd HH:mm", null)
                : "onwards, for good";
            Console.WriteLine($"{from} {to}");
            Console.WriteLine($"  applies:   {string.Join(", ", segment.Applying.Select(i => i.RuleId))}");
            Console.WriteLine($"  suspended: {string.Join(", ", segment.Suspended.Select(i => i.RuleId))}");
        }
        #endregion
    }

    [Snippet("getting-started-second-session")]
    public static void SecondSession()
    {
        CarePlan plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));

        #region getting-started-second-session
        CarePlan course = plan.WithSession(new LocalDateTime(2026, 12, 1, 10, 0));
        CareSchedule courseSchedule = StandardProtocol.Instance.Apply(course);

        CareAdviceItem dry = courseSchedule.On(new LocalDate(2026, 12, 3)).Items
            .Single(i => i.RuleId == StandardProtocol.RuleIds.KeepScalpDry);
        Console.WriteLine($"Session {dry.Session.Number}, day {dry.SessionDay}: {dry.Status}.");

        CarePlan postponed = course.WithSessionMoved(2, new LocalDateTime(2026, 12, 8, 10, 0));
        Console.WriteLine(postponed);
        #endregion
    }
}
