using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Benchmarks.Data;

/// <summary>The plans, instants and protocols the benchmarks run on; deterministic, so every run measures the same work.</summary>
public static class BenchmarkData
{
    /// <summary>The zone of the benchmark plans: one with DST, so day boundaries are not all 24 hours apart.</summary>
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>The first session of the benchmark plans.</summary>
    public static readonly LocalDateTime FirstSession = new(2026, 1, 5, 10, 0);

    /// <summary>Local session times: a session every 14 days (course sessions, then touch-ups), at 10:00 or 15:30.</summary>
    public static LocalDateTime[] Sessions(int count)
    {
        var sessions = new LocalDateTime[count];
        for (int i = 0; i < count; i++)
        {
            sessions[i] = FirstSession.Date.PlusDays(14 * i).At(i % 2 == 0 ? new LocalTime(10, 0) : new LocalTime(15, 30));
        }

        return sessions;
    }

    /// <summary>A London plan of <paramref name="count"/> sessions.</summary>
    public static CarePlan Plan(int count) => CarePlan.Create(London, Sessions(count));

    /// <summary>
    /// The instant the queries ask about: two days and five hours after the middle session, in its dry period, so every
    /// Standard rule is present (four apply, three are suspended) and the search lands mid-plan.
    /// </summary>
    public static Instant QueryInstant(CarePlan plan) => plan.Sessions[plan.Sessions.Length / 2].Instant + Duration.FromHours(53);

    /// <summary>
    /// A synthetic protocol of <paramref name="ruleCount"/> rules: day and hour windows from each, the first and the final
    /// session, windows until the next session, unions, intersections and differences, and suspension chains.
    /// </summary>
    public static CareProtocol Synthetic(int ruleCount)
    {
        var builder = new CareProtocolBuilder("Synthetic");
        for (int i = 0; i < ruleCount; i++)
        {
            CareWindow window = (i % 8) switch
            {
                0 => CareWindow.Days(0, 2 + (i % 5)),
                1 => CareWindow.Hours(0, 24 + (i % 7) * 12),
                2 => CareWindow.Days(3 + (i % 4), 20 + (i % 9)),
                3 => CareWindow.DaysFrom(i % 10, WindowAnchor.FirstSession),
                4 => CareWindow.Days(0, 28 + i % 3, WindowAnchor.FinalSession),
                5 => CareWindow.Days(1, 6).UntilNextSession(),
                6 => CareWindow.Days(0, 13).Except(CareWindow.Hours(0, 48)),
                _ => CareWindow.Days(0, 9).Union(CareWindow.Days(-2, -1)).Intersect(CareWindow.Hours(-72, 200)),
            };
            var suspendedBy = new List<string>();
            if (i >= 8 && i % 3 == 0)
            {
                suspendedBy.Add(Id(i - 8));
            }

            if (i >= 16 && i % 5 == 0)
            {
                suspendedBy.Add(Id(i - 13));
            }

            builder.Add(new CareRule
            {
                Id = Id(i),
                Family = new CareFamily("synthetic"),
                Directive = (i % 3) switch { 0 => CareDirective.Limit, 1 => CareDirective.Expect, _ => CareDirective.Do },
                Activities = [new CareActivity(string.Create(CultureInfo.InvariantCulture, $"activity-{i}"))],
                Window = window,
                SuspendedBy = [.. suspendedBy],
                Text = string.Create(CultureInfo.InvariantCulture, $"Synthetic rule {i}."),
            });
        }

        return builder.Build();
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"synthetic.rule-{i}");
}
