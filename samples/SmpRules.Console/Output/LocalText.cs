using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SmpRules.Cli.Output;

/// <summary>Formats instants and dates for text output, in the plan's zone.</summary>
internal static class LocalText
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly OffsetPattern Offset = OffsetPattern.CreateWithInvariantCulture("'UTC'+HH':'mm");

    /// <summary>
    /// An instant as a local date and time in the zone, such as <c>2026-11-25 00:00</c>, with the offset when the clocks
    /// give that local time twice (<c>2026-11-01 01:30 UTC-04:00</c>), so it names one instant.
    /// </summary>
    public static string DateTime(Instant instant, DateTimeZone zone)
    {
        ZonedDateTime local = instant.InZone(zone);
        string text = Minutes.Format(local.LocalDateTime);
        return zone.MapLocal(local.LocalDateTime).Count > 1 ? text + " " + Offset.Format(local.Offset) : text;
    }

    /// <summary>A local time of day, such as <c>10:00</c>.</summary>
    public static string TimeOfDay(Instant instant, DateTimeZone zone) => Time.Format(instant.InZone(zone).TimeOfDay);

    /// <summary>A local date in words, in a culture, such as <c>Sunday, 22 November 2026</c>.</summary>
    public static string LongDate(LocalDate date, CultureInfo culture) => date.ToString("D", culture);

    /// <summary>A local date in ISO form, such as <c>2026-11-22</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An instant in UTC, such as <c>2026-11-22T10:00:00Z</c>.</summary>
    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
