using System;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Timing;
using SmpRules.Utility;

namespace SmpRules.Scheduling;

/// <summary>Builds the one-sentence explanations of advice items.</summary>
/// <remarks>
/// An explanation is written in UTF-8 into a span (<see cref="TryWrite"/>), so that an answer's JSON writes each one
/// without making a string of it or transcoding it; <see cref="Explain"/> makes the string that
/// <see cref="CareAdviceItem.Explanation"/> gives.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // Its buffers are written before they are read.
internal static class Explanations
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    internal static string Explain(CareSchedule schedule, Stretch stretch, int sessionIndex, int suspenderIndex, LocalDate date)
    {
        Span<byte> text = stackalloc byte[1024];
        if (TryWrite(text, schedule, stretch, sessionIndex, suspenderIndex, date, out int length))
        {
            return Encoding.UTF8.GetString(text[..length]);
        }

        // A long window description or rule id: a larger buffer, as large as it takes.
        for (int size = 4096; ; size *= 2)
        {
            byte[] larger = new byte[size];
            if (TryWrite(larger, schedule, stretch, sessionIndex, suspenderIndex, date, out length))
            {
                return Encoding.UTF8.GetString(larger, 0, length);
            }
        }
    }

    /// <summary>Writes the explanation in UTF-8 into <paramref name="destination"/>; <see langword="false"/> when it does not fit.</summary>
    internal static bool TryWrite(Span<byte> destination, CareSchedule schedule, Stretch stretch, int sessionIndex, int suspenderIndex, LocalDate date, out int written)
    {
        CareSession session = schedule.Plan.Sessions[sessionIndex];
        int day = schedule.Protocol.ToDisplayDay(Period.DaysBetween(session.Date, date));
        ProtocolJsonText text = schedule.Protocol.JsonText;
        ReadOnlySpan<byte> window = text.WindowsUtf8[stretch.Rule];
        DateTimeZone zone = schedule.Plan.Zone;
        CultureInfo invariant = CultureInfo.InvariantCulture;
        var head = new Stamp(session.LocalDateTime); // As written: a plan has no session in a gap, and an ambiguous one is its earlier instant.
        var from = new Stamp(stretch.Start, zone);
        if (stretch.Status == CareStatus.Suspended)
        {
            ReadOnlySpan<byte> suspender = text.IdsUtf8[suspenderIndex];
            if (stretch.Resumes)
            {
                return Utf8.TryWrite(destination, invariant, $"Day {day} of session {session.Number} ({head}): suspended by '{suspender}' from {from} until {new Stamp(stretch.End, zone)}, when it resumes.", out written);
            }

            // A stretch without end has no instant to name (and Instant.MaxValue has no local time east of UTC).
            return stretch.End == Piece.Forever
                ? Utf8.TryWrite(destination, invariant, $"Day {day} of session {session.Number} ({head}): suspended by '{suspender}' from {from} onwards, for as long as this rule's window ({window}) lasts.", out written)
                : Utf8.TryWrite(destination, invariant, $"Day {day} of session {session.Number} ({head}): suspended by '{suspender}' from {from} until {new Stamp(stretch.End, zone)}, when this rule's window ({window}) ends.", out written);
        }

        return stretch.End == Piece.Forever
            ? Utf8.TryWrite(destination, invariant, $"Day {day} of session {session.Number} ({head}): applies from {from} onwards, for {window}.", out written)
            : Utf8.TryWrite(destination, invariant, $"Day {day} of session {session.Number} ({head}): applies from {from} until {new Stamp(stretch.End, zone)}, for {window}.", out written);
    }

    /// <summary>An instant's local date and time in the plan's zone, as <c>yyyy-MM-dd HH:mm</c>.</summary>
    internal static string Format(CareSchedule schedule, Instant instant) => new Stamp(instant, schedule.Plan.Zone).ToString();

    /// <summary>An instant's local date and time in a zone, written as <c>yyyy-MM-dd HH:mm</c> into a span without allocating.</summary>
    private readonly struct Stamp : IUtf8SpanFormattable
    {
        private readonly LocalDateTime _local;

        public Stamp(Instant instant, DateTimeZone zone) => _local = instant.InZone(zone).LocalDateTime;

        public Stamp(LocalDateTime local) => _local = local;

        public override string ToString()
        {
            Span<byte> text = stackalloc byte[64];
            return TryFormat(text, out int length, default, null) ? Encoding.ASCII.GetString(text[..length]) : Local.Format(_local);
        }

        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            LocalDateTime value = _local;
            if (value.Year is < 0 or > 9999)
            {
                // As the pattern writes it, through its general machinery (years outside 0-9999 are never in a plan's course).
                return Encoding.ASCII.TryGetBytes(Local.Format(value), utf8Destination, out bytesWritten);
            }

            bytesWritten = 0;
            if (utf8Destination.Length < 16)
            {
                return false;
            }

            // As the pattern writes it (yyyy-MM-dd HH:mm), without its general machinery: explanations are in every answer.
            Span<byte> text = utf8Destination;
            Digits.Write(text[..4], value.Year);
            text[4] = (byte)'-';
            Digits.Write(text.Slice(5, 2), value.Month);
            text[7] = (byte)'-';
            Digits.Write(text.Slice(8, 2), value.Day);
            text[10] = (byte)' ';
            Digits.Write(text.Slice(11, 2), value.Hour);
            text[13] = (byte)':';
            Digits.Write(text.Slice(14, 2), value.Minute);
            bytesWritten = 16;
            return true;
        }
    }
}
