using NodaTime;

namespace SmpRules.Utility;

/// <summary>Local dates as day numbers, to compare and count days with integer arithmetic instead of calendar arithmetic.</summary>
internal static class DayNumbers
{
    /// <summary>Returns the day number of a date in the ISO calendar: days since 1970-01-01, negative before; any year NodaTime supports.</summary>
    internal static int Of(LocalDate date)
    {
        if (!ReferenceEquals(date.Calendar, CalendarSystem.Iso))
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        // Days from the civil date (the proleptic Gregorian calendar), as in Howard Hinnant's "chrono-compatible
        // low-level date algorithms": eras of 400 years, years starting in March.
        int month = date.Month;
        int year = date.Year - (month <= 2 ? 1 : 0);
        int era = year >= 0 ? year / 400 : ((year + 1) / 400) - 1;
        int yearOfEra = year - (era * 400);
        int dayOfYear = (((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5) + date.Day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    /// <summary>The day number of the first date NodaTime's ISO calendar supports (-9998-01-01).</summary>
    internal static readonly int MinIsoDay = Of(LocalDate.MinIsoValue);

    /// <summary>The day number of the last date NodaTime's ISO calendar supports (9999-12-31).</summary>
    internal static readonly int MaxIsoDay = Of(LocalDate.MaxIsoValue);

    /// <summary>Returns the ISO date of a day number between <see cref="MinIsoDay"/> and <see cref="MaxIsoDay"/>: the inverse of <see cref="Of"/>.</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        ToCivil(dayNumber, out int year, out int month, out int day);
        return new LocalDate(year, month, day);
    }

    /// <summary>Returns the proleptic Gregorian year, month and day of a day number (any int; no range check, no <see cref="LocalDate"/>).</summary>
    internal static void ToCivil(int dayNumber, out int year, out int month, out int day)
    {
        // Hinnant's civil_from_days: eras of 400 years, years starting in March.
        int z = dayNumber + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int dayOfEra = z - (era * 146097);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int mp = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        month = mp < 10 ? mp + 3 : mp - 9;
        year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
    }

    /// <summary>
    /// Returns the day number of an instant's local date in a zone, as <c>Of(instant.InZone(zone).Date)</c> does, or
    /// <see langword="false"/> when that date lies outside the dates NodaTime supports (within hours of the end of time).
    /// </summary>
    internal static bool TryOfLocal(Instant instant, DateTimeZone zone, out int dayNumber)
    {
        long seconds = instant.ToUnixTimeSeconds() + zone.GetUtcOffset(instant).Seconds;
        long day = seconds >= 0 ? seconds / 86400 : ((seconds + 1) / 86400) - 1;
        if (day < MinIsoDay || day > MaxIsoDay)
        {
            dayNumber = 0;
            return false;
        }

        dayNumber = (int)day;
        return true;
    }

    /// <summary>Returns the day number of an instant's UTC date: the day number of a local date and time read as UTC.</summary>
    internal static int OfUtc(Instant instant)
    {
        long seconds = instant.ToUnixTimeSeconds();
        return (int)(seconds >= 0 ? seconds / 86400 : ((seconds + 1) / 86400) - 1);
    }
}
