using NodaTime.Testing;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Calendar.Tests;

/// <summary>DOMAIN.md section 4's worked example: sessions on 2026-11-20 and 2026-12-01 at 10:00, Europe/London.</summary>
internal static class WorkedExample
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 19, 9, 30));

    public static CarePlan OneSession => CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));

    public static CarePlan TwoSessions => OneSession.WithSession(new LocalDateTime(2026, 12, 1, 10, 0));

    /// <summary>The second session moved by a week, to 2026-12-08.</summary>
    public static CarePlan SecondMovedByAWeek => TwoSessions.WithSessionMoved(2, new LocalDateTime(2026, 12, 8, 10, 0));

    public static CareSchedule Apply(CarePlan plan) => StandardProtocol.Instance.Apply(plan);

    public static Instant Local(int year, int month, int day, int hour = 0, int minute = 0) =>
        London.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();
}
