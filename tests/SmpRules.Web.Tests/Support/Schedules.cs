using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Web.Tests.Support;

/// <summary>The library's own schedules for the plans the tests send to the web sample.</summary>
internal static class Schedules
{
    /// <summary>The query string of <see cref="London"/>.</summary>
    public const string LondonQuery = "zone=Europe/London&session=2026-11-20T10:00";

    /// <summary>The query string of <see cref="LondonTwoSessions"/>, sessions given out of order.</summary>
    public const string LondonTwoSessionsQuery = "zone=Europe/London&session=2026-12-01T10:00&session=2026-11-20T10:00";

    /// <summary>DOMAIN.md's worked example: one session on 2026-11-20 at 10:00, Europe/London, the Standard protocol.</summary>
    public static CareSchedule London { get; } =
        StandardProtocol.Instance.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));

    /// <summary>The worked example with a second session on 2026-12-01 at 10:00.</summary>
    public static CareSchedule LondonTwoSessions { get; } =
        StandardProtocol.Instance.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0)));
}
