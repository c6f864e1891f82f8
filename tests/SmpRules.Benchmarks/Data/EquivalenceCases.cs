using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SmpRules.Plans;

namespace SmpRules.Benchmarks.Data;

/// <summary>One question: a plan and an instant.</summary>
public sealed record EquivalenceCase(string Name, CarePlan Plan, Instant Instant)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} at {Instant} ({Instant.InZone(Plan.Zone).LocalDateTime:uuuu-MM-dd HH:mm:ss.fffffff} local)";
}

/// <summary>
/// The cases every implementation must answer alike: DST zones (gaps and overlaps at 01:00, 02:00, midnight, 30
/// minutes; a skipped calendar day), multi-session plans (overlapping dry periods, two sessions on one date, an
/// ambiguous session time, sessions given out of order), and instants at and around every boundary.
/// </summary>
public static class EquivalenceCases
{
    /// <summary>The plans: a name and a plan.</summary>
    public static IReadOnlyList<(string Name, CarePlan Plan)> Plans() =>
    [
        ("worked example, one session", Plan("Europe/London", "2026-11-20 10:00")),
        ("worked example, two sessions", Plan("Europe/London", "2026-11-20 10:00", "2026-12-01 10:00")),
        ("London spring forward and fall back", Plan("Europe/London", "2026-03-27 09:00", "2026-04-02 18:00", "2026-10-25 01:30", "2026-10-27 12:00")),
        ("New York, session just after the gap", Plan("America/New_York", "2026-03-06 16:00", "2026-03-08 03:30", "2026-03-10 09:15", "2026-04-05 10:00")),
        ("New York, ambiguous session and overlapping dry periods", Plan("America/New_York", "2026-11-01 01:30", "2026-11-03 10:00", "2026-11-04 08:00", "2026-12-20 10:00")),
        ("Sao Paulo, DST at midnight (day starts at 01:00)", Plan("America/Sao_Paulo", "2018-10-31 20:00", "2018-11-04 01:30", "2018-11-20 10:00", "2019-02-16 23:30")),
        ("Lord Howe, 30-minute DST", Plan("Australia/Lord_Howe", "2026-04-03 12:00", "2026-04-05 01:45", "2026-10-02 09:00")),
        ("Apia, 30 December 2011 skipped", Plan("Pacific/Apia", "2011-12-26 10:00", "2011-12-29 10:00", "2011-12-31 10:00")),
        ("Kolkata, two sessions on one date", Plan("Asia/Kolkata", "2026-01-10 09:00", "2026-01-10 17:00", "2026-01-14 23:59")),
        ("Chatham, sessions given out of order", Plan("Pacific/Chatham", "2026-05-01 08:00", "2026-04-01 08:00", "2026-04-20 19:45")),
        ("Berlin, 20 sessions 1 to 30 days apart", Plan("Europe/Berlin", Spaced(new LocalDateTime(2025, 1, 6, 9, 30), 20, seed: 5))),
        ("Los Angeles, touch-up two years later", Plan("America/Los_Angeles", "2024-03-09 23:00", "2024-03-30 11:00", "2026-03-08 03:00")),
    ];

    /// <summary>Every plan with instants at and around each session and each day boundary of its windows.</summary>
    public static IReadOnlyList<EquivalenceCase> All()
    {
        var cases = new List<EquivalenceCase>();
        foreach ((string name, CarePlan plan) in Plans())
        {
            var instants = new SortedSet<Instant>();
            foreach (CareSession session in plan.Sessions)
            {
                foreach (Duration d in new[] { Duration.Zero, Duration.Epsilon, -Duration.Epsilon, Duration.FromHours(1), -Duration.FromHours(1) })
                {
                    instants.Add(session.Instant + d);
                }

                foreach (int day in new[] { -1, 1, 4, 5, 28, 29 })
                {
                    Instant start = StartOfDay(plan.Zone, session.Date.PlusDays(day));
                    instants.Add(start);
                    instants.Add(start - Duration.Epsilon);
                    instants.Add(start + Duration.FromHours(12));
                }
            }

            instants.Add(plan.FirstSession.Instant - Duration.FromDays(400));
            instants.Add(plan.FinalSession.Instant + Duration.FromDays(400));
            cases.AddRange(instants.Select(t => new EquivalenceCase(name, plan, t)));
        }

        return cases;
    }

    /// <summary>Local session times spaced 1 to 30 days apart at varied times of day, from a seed.</summary>
    public static LocalDateTime[] Spaced(LocalDateTime first, int count, int seed)
    {
        var random = new Random(seed);
        var sessions = new LocalDateTime[count];
        sessions[0] = first;
        for (int i = 1; i < count; i++)
        {
            sessions[i] = sessions[i - 1].Date.PlusDays(random.Next(1, 31)).At(new LocalTime(random.Next(8, 20), random.Next(0, 4) * 15));
        }

        return sessions;
    }

    /// <summary>The first instant of a local date; a date the zone skips whole (Apia, 2011-12-30) starts where the next one does.</summary>
    private static Instant StartOfDay(DateTimeZone zone, LocalDate date)
    {
        while (true)
        {
            try
            {
                return zone.AtStartOfDay(date).ToInstant();
            }
            catch (SkippedTimeException)
            {
                date = date.PlusDays(1);
            }
        }
    }

    private static CarePlan Plan(string zone, params string[] sessions) =>
        CarePlan.Create(zone, sessions.Select(s => NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(s).Value).ToArray());

    private static CarePlan Plan(string zone, LocalDateTime[] sessions) => CarePlan.Create(zone, sessions);
}
