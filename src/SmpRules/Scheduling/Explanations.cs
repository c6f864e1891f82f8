using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Timing;
using SmpRules.Utility;

namespace SmpRules.Scheduling;

/// <summary>Builds the one-sentence explanations of advice items.</summary>
internal static class Explanations
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    internal static string Explain(CareSchedule schedule, Stretch stretch, int sessionIndex, int suspenderIndex, LocalDate date)
    {
        CareSession session = schedule.Plan.Sessions[sessionIndex];
        int day = schedule.Protocol.ToDisplayDay(Period.DaysBetween(session.Date, date));
        CareWindow window = schedule.Protocol.Rules[stretch.Rule].Window;
        string head = string.Create(CultureInfo.InvariantCulture, $"Day {day} of session {session.Number} ({Format(schedule, session.Instant)})");
        if (stretch.Status == CareStatus.Suspended)
        {
            string suspender = schedule.Protocol.Rules[suspenderIndex].Id;
            if (stretch.Resumes)
            {
                return $"{head}: suspended by '{suspender}' from {Format(schedule, stretch.Start)} until {Format(schedule, stretch.End)}, when it resumes.";
            }

            // A stretch without end has no instant to name (and Instant.MaxValue has no local time east of UTC).
            return stretch.End == Piece.Forever
                ? $"{head}: suspended by '{suspender}' from {Format(schedule, stretch.Start)} onwards, for as long as this rule's window ({window}) lasts."
                : $"{head}: suspended by '{suspender}' from {Format(schedule, stretch.Start)} until {Format(schedule, stretch.End)}, when this rule's window ({window}) ends.";
        }

        return stretch.End == Piece.Forever
            ? $"{head}: applies from {Format(schedule, stretch.Start)} onwards, for {window}."
            : $"{head}: applies from {Format(schedule, stretch.Start)} until {Format(schedule, stretch.End)}, for {window}.";
    }

    internal static string Format(CareSchedule schedule, Instant instant)
    {
        LocalDateTime local = instant.InZone(schedule.Plan.Zone).LocalDateTime;
        if (local.Year is < 0 or > 9999)
        {
            return Local.Format(local);
        }

        // As the pattern writes it (yyyy-MM-dd HH:mm), without its general machinery: explanations are in every answer.
        return string.Create(16, local, static (span, value) =>
        {
            Digits.Write(span[..4], value.Year);
            span[4] = '-';
            Digits.Write(span.Slice(5, 2), value.Month);
            span[7] = '-';
            Digits.Write(span.Slice(8, 2), value.Day);
            span[10] = ' ';
            Digits.Write(span.Slice(11, 2), value.Hour);
            span[13] = ':';
            Digits.Write(span.Slice(14, 2), value.Minute);
        });
    }
}
