using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Tests.Support;

/// <summary>Describes where a window covers a plan, as "local start..local end #session" stretches.</summary>
internal static class Stretches
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    internal static string[] Of(CareWindow window, CarePlan plan)
    {
        CareSchedule schedule = TestRules.Protocol(TestRules.Rule("test.window", window)).Apply(plan);
        if (schedule.Transitions.IsEmpty)
        {
            return [];
        }

        Instant from = schedule.Transitions[0];
        Instant to = schedule.Transitions[^1] + Duration.FromDays(1);
        return schedule.Timeline(from, to)
            .SelectMany(s => s.Items)
            .Select(i => (i.Interval, i.Session.Number))
            .Distinct()
            .Select(x => $"{Local(x.Interval.Start, plan)}..{(x.Interval.HasEnd ? Local(x.Interval.End, plan) : "forever")} #{x.Number}")
            .ToArray();
    }

    private static string Local(Instant instant, CarePlan plan) => Pattern.Format(instant.InZone(plan.Zone).LocalDateTime);
}
