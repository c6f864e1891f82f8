using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Input;

/// <summary>Reads the values of arguments and options, each with a message that says what is wrong and what is expected.</summary>
internal static class ValueParsers
{
    private static readonly LocalDateTimePattern SessionPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

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

    /// <summary>Reads a session: a local date and time such as <c>2026-11-20T10:00</c>.</summary>
    public static LocalDateTime? Session(string text, InputProblems problems)
    {
        ParseResult<LocalDateTime> result = SessionPattern.Parse(text.Trim());
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add($"The session '{text}' is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00{NoSuchDate(text)}.");
        return null;
    }

    /// <summary>Reads a local date such as <c>2026-11-22</c>, for the argument or option named.</summary>
    public static LocalDate? Date(string text, string what, InputProblems problems)
    {
        ParseResult<LocalDate> result = DatePattern.Parse(text.Trim());
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add($"The {what} '{text}' is not a date in the form yyyy-MM-dd, such as 2026-11-22{NoSuchDate(text)}.");
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
            problems.Add($"The course day '{text}' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).");
            return null;
        }

        if (day < -CareSchedule.MaxCourseDay || day > CareSchedule.MaxCourseDay)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"The course day {day} is too far from the first session; give a day between {-CareSchedule.MaxCourseDay} and {CareSchedule.MaxCourseDay}."));
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
                    return new InstantInput(text, result.Value.ToInstant(), null);
                }
                catch (System.OverflowException)
                {
                    problems.Add($"The instant '{text}' lies beyond the range of time supported; give one between the UTC years -9998 and 9999.");
                    return null;
                }
            }
        }

        foreach (LocalDateTimePattern pattern in LocalPatterns)
        {
            ParseResult<LocalDateTime> result = pattern.Parse(trimmed);
            if (result.Success)
            {
                return new InstantInput(text, null, result.Value);
            }
        }

        problems.Add($"The instant '{text}' is not a date and time such as 2026-11-22T10:00:00Z (UTC), 2026-11-22T11:00+01:00 (with an offset) or 2026-11-22T10:00 (local to the plan's zone).");
        return null;
    }

    /// <summary>Reads a client fact in the form <c>key=value</c>.</summary>
    public static KeyValuePair<string, string>? Fact(string text, InputProblems problems)
    {
        int equals = text.IndexOf('=', System.StringComparison.Ordinal);
        if (equals > 0)
        {
            string key = text[..equals].Trim();
            string value = text[(equals + 1)..].Trim();
            if (key.Length > 0 && value.Length > 0)
            {
                return new KeyValuePair<string, string>(key, value);
            }
        }

        problems.Add($"The fact '{text}' is not in the form key=value, such as skin-type=very-fair.");
        return null;
    }

    /// <summary>Reads a culture name such as <c>en</c>, <c>es</c> or <c>es-MX</c>.</summary>
    public static CultureInfo? Culture(string text, InputProblems problems)
    {
        string trimmed = text.Trim();
        if (trimmed.Length > 0)
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

        problems.Add($"The culture '{text}' is not a culture name .NET knows; use one such as en, es or es-MX.");
        return null;
    }

    /// <summary>Reads an output format: <c>text</c> or <c>json</c>.</summary>
    public static OutputFormat? Format(string text, InputProblems problems)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "text":
                return OutputFormat.Text;
            case "json":
                return OutputFormat.Json;
            default:
                problems.Add($"The format '{text}' is not known; use text or json.");
                return null;
        }
    }
}
