using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Samples.Tests.Support;

/// <summary>The library's own schedules for the plans the tests give smp-care.</summary>
internal static class Schedules
{
    /// <summary>DOMAIN.md's worked example: one session on 2026-11-20 at 10:00, Europe/London, the Standard protocol.</summary>
    public static CareSchedule London { get; } =
        StandardProtocol.Instance.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));

    /// <summary>The worked example with a second session on 2026-12-01 at 10:00.</summary>
    public static CareSchedule LondonTwoSessions { get; } =
        StandardProtocol.Instance.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0)));
}
