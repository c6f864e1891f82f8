using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Tests.Support;

/// <summary>
/// Describes where a window covers a plan, piece by governing session, as "local start..local end #session": what the
/// window's evaluation gives the compiler (a handover between sessions starts a new piece; the answer's stretches join them).
/// </summary>
internal static class Stretches
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    internal static string[] Of(CareWindow window, CarePlan plan) =>
        window.Evaluate(new PlanContext(plan))
            .Select(p => $"{Local(p.Start, plan)}..{(p.End != Instant.MaxValue ? Local(p.End, plan) : "forever")} #{plan.Sessions[p.Session].Number}")
            .ToArray();

    private static string Local(Instant instant, CarePlan plan) => Pattern.Format(instant.InZone(plan.Zone).LocalDateTime);
}
