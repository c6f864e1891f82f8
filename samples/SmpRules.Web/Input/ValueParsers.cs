using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Web.Input;

/// <summary>Reads the values of route and query parameters, each with a message that says what is wrong and what is expected.</summary>
internal static class ValueParsers
{
    private static readonly LocalDateTimePattern SessionPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFF"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>"),
    ];

    /// <summary>Reads a session: a local date and time such as <c>2026-11-20T10:00</c>, in a year a clinic can mean.</summary>
    public static LocalDateTime? Session(string text, int position, InputProblems problems)
    {
        ParseResult<LocalDateTime> result = SessionPattern.Parse(text.Trim());
        if (!result.Success)
        {
            problems.Add("session", $"The session '{InputProblems.Quote(text)}' (position {position}) is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00{NoSuchDate(text)}.");
            return null;
        }

        if (result.Value.Year is < Limits.MinSessionYear or > Limits.MaxSessionYear)
        {
            problems.Add("session", string.Create(CultureInfo.InvariantCulture, $"The session '{text.Trim()}' (position {position}) is out of range: give a session between the years {Limits.MinSessionYear} and {Limits.MaxSessionYear}."));
            return null;
        }

        return result.Value;
    }

    /// <summary>Reads a local date such as <c>2026-11-22</c>, for the parameter named.</summary>
    public static LocalDate? Date(string text, string parameter, InputProblems problems)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(parameter, $"The {parameter} '{InputProblems.Quote(text)}' is not a date in the form yyyy-MM-dd, such as 2026-11-22{NoSuchDate(text)}.");
        return null;
    }

    /// <summary>
    /// Why a text in the form of a date is no date: <c>: 2026-02 has 28 days</c> for <c>2026-02-30</c>, <c>: there is no
    /// month 13</c>; empty when the text is not in that form or the date exists.
    /// </summary>
    public static string NoSuchDate(string text)
    {
        string t = text.Trim();
        if (t.Length < 10 || t[4] != '-' || t[7] != '-'
            || !int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(t.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(t.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || year < 1)
        {
            return string.Empty;
        }

        if (month is < 1 or > 12)
        {
            return string.Create(CultureInfo.InvariantCulture, $": there is no month {month}");
        }

        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day < 1 || day > days ? string.Create(CultureInfo.InvariantCulture, $": {year:0000}-{month:00} has {days} days") : string.Empty;
    }

    /// <summary>Reads a course day: a whole number, negative before the first session.</summary>
    public static int? CourseDay(string text, InputProblems problems)
    {
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int day))
        {
            problems.Add("n", $"The course day '{InputProblems.Quote(text)}' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).");
            return null;
        }

        if (day < -CareSchedule.MaxCourseDay || day > CareSchedule.MaxCourseDay)
        {
            problems.Add("n", string.Create(CultureInfo.InvariantCulture, $"The course day {day} is too far from the first session; give a day between {-CareSchedule.MaxCourseDay} and {CareSchedule.MaxCourseDay}."));
            return null;
        }

        return day;
    }

    /// <summary>
    /// Reads an instant: UTC with <c>Z</c> (<c>2026-11-22T10:00:00Z</c>), with an offset (<c>2026-11-22T11:00+01:00</c>),
    /// or a local date and time (<c>2026-11-22T10:00</c>), which is resolved later in the plan's zone.
    /// </summary>
    public static InstantInput? Instant(string text, InputProblems problems)
    {
        string trimmed = text.Trim();
        foreach (OffsetDateTimePattern pattern in OffsetPatterns)
        {
            ParseResult<OffsetDateTime> result = pattern.Parse(trimmed);
            if (result.Success)
            {
                try
                {
                    return new InstantInput(trimmed, result.Value.ToInstant(), null);
                }
                catch (System.OverflowException)
                {
                    problems.Add("instant", $"The instant '{trimmed}' lies beyond the range of time supported; give one between the UTC years -9998 and 9999.");
                    return null;
                }
            }
        }

        foreach (LocalDateTimePattern pattern in LocalPatterns)
        {
            ParseResult<LocalDateTime> result = pattern.Parse(trimmed);
            if (result.Success)
            {
                return new InstantInput(trimmed, null, result.Value);
            }
        }

        problems.Add("instant", $"The instant '{InputProblems.Quote(text)}' is not a date and time such as 2026-11-22T10:00:00Z (UTC), 2026-11-22T11:00+01:00 (with an offset) or 2026-11-22T10:00 (local to the plan's zone).");
        return null;
    }

    /// <summary>Reads a client fact in the form <c>key=value</c>.</summary>
    public static KeyValuePair<string, string>? Fact(string text, InputProblems problems)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            string key = text[..equals].Trim();
            string value = text[(equals + 1)..].Trim();
            if (key.Length > 0 && value.Length > 0)
            {
                return new KeyValuePair<string, string>(key, value);
            }
        }

        problems.Add("fact", $"The fact '{InputProblems.Quote(text)}' is not in the form key=value, such as skin-type=very-fair.");
        return null;
    }

    /// <summary>Reads a culture name such as <c>en</c>, <c>es</c> or <c>es-MX</c>.</summary>
    public static CultureInfo? Culture(string text, InputProblems problems)
    {
        string trimmed = text.Trim();
        if (trimmed.Length is > 0 and < 86)
        {
            try
            {
                CultureInfo culture = CultureInfo.GetCultureInfo(trimmed, predefinedOnly: true);
                if (!string.IsNullOrEmpty(culture.Name))
                {
                    return culture;
                }
            }
            catch (CultureNotFoundException)
            {
                // Reported below.
            }
        }

        problems.Add("culture", $"The culture '{InputProblems.Quote(text)}' is not a culture name .NET knows; use one such as en, es or es-MX.");
        return null;
    }
}
