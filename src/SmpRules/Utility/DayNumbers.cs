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

    /// <summary>Returns the day number of an instant's UTC date: the day number of a local date and time read as UTC.</summary>
    internal static int OfUtc(Instant instant)
    {
        long seconds = instant.ToUnixTimeSeconds();
        return (int)(seconds >= 0 ? seconds / 86400 : ((seconds + 1) / 86400) - 1);
    }
}
