using NodaTime.Text;
using NodaTime.TimeZones;

namespace SmpRules.Tests.Support;

/// <summary>Zones and local-time helpers shared by the tests.</summary>
internal static class Time
{
    internal static readonly DateTimeZone London = Zone("Europe/London");
    internal static readonly DateTimeZone NewYork = Zone("America/New_York");
    internal static readonly DateTimeZone Sydney = Zone("Australia/Sydney");
    internal static readonly DateTimeZone Auckland = Zone("Pacific/Auckland");
    internal static readonly DateTimeZone Santiago = Zone("America/Santiago");

    internal static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    /// <summary>A local date and time such as <c>2026-11-20T10:00</c>.</summary>
    internal static LocalDateTime L(string text) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text).Value;

    /// <summary>A local date such as <c>2026-11-20</c>.</summary>
    internal static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>The instant of a local time in a zone; an ambiguous time maps to the earlier instant, a skipped one fails.</summary>
    internal static Instant At(DateTimeZone zone, string local) =>
        zone.ResolveLocal(L(local), Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ThrowWhenSkipped)).ToInstant();

    /// <summary>An instant in UTC such as <c>2026-11-20T10:00</c>.</summary>
    internal static Instant Utc(string text) => L(text).InUtc().ToInstant();

    /// <summary>The first instant of a local date in a zone (not midnight when midnight does not exist).</summary>
    internal static Instant StartOf(DateTimeZone zone, string date) => zone.AtStartOfDay(D(date)).ToInstant();

    internal static readonly Duration Minute = Duration.FromMinutes(1);
}
