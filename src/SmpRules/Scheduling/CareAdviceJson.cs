using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SmpRules.Rules;
using SmpRules.Utility;

namespace SmpRules.Scheduling;

/// <summary>
/// Writes answers as JSON, in the stable form the samples serve (docs/console.md, "JSON output"): field names, their
/// order and meaning do not change. Written by hand over <see cref="Utf8JsonWriter"/>, so it is trim- and AOT-safe.
/// </summary>
/// <remarks>
/// Instants are UTC in ISO 8601 (<c>2026-11-25T00:00:00Z</c>, with a fraction of a second only when there is one); dates
/// are <c>yyyy-MM-dd</c>.
/// </remarks>
public static class CareAdviceJson
{
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes an answer: <c>zone</c>, <c>query</c> (what was asked), <c>courseDay</c> and <c>advice</c>, the items with
    /// <c>ruleId</c>, <c>family</c>, <c>directive</c>, <c>status</c>, <c>text</c>, <c>session</c>, <c>sessionDay</c>,
    /// <c>from</c>, <c>until</c>, <c>suspendedBy</c> and <c>why</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="advice">The answer.</param>
    /// <param name="culture">The culture of the rules' texts; <see langword="null"/> for the protocol's default language.</param>
    public static void Write(Utf8JsonWriter writer, CareAdvice advice, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(advice);
        writer.WriteStartObject();
        writer.WriteString("zone", advice.Schedule.Zone.Id);
        writer.WriteStartObject("query");
        writer.WriteString("kind", KindWord(advice.Kind));
        switch (advice.Kind)
        {
            case CareQueryKind.CourseDay:
                writer.WriteNumber("day", advice.CourseDay);
                WriteDate(writer, advice.Date);
                break;
            case CareQueryKind.Date:
                WriteDate(writer, advice.Date);
                break;
            case CareQueryKind.Segment:
                WriteInstant(writer, Names.From, advice.Interval.Start);
                WriteInstant(writer, Names.Until, advice.Interval.HasEnd ? advice.Interval.End : null);
                break;
            default:
                WriteInstant(writer, Names.Instant, advice.Instant);
                break;
        }

        writer.WriteEndObject();
        writer.WriteNumber("courseDay", advice.CourseDay);
        writer.WriteStartArray("advice");

        // With the relaxed encoder (as the samples write), a rule's id, family and texts are escaped once and copied
        // into every answer after that; with any other encoder the writer escapes them as it is configured to.
        ProtocolJsonText? encoded = ReferenceEquals(writer.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) ? advice.Schedule.Protocol.JsonText : null;
        JsonEncodedText[]? texts = encoded?.TextsIn(culture?.Name);
        foreach (CareAdviceItem item in advice.Items)
        {
            WriteItem(writer, item, culture, encoded, texts);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a timeline: <c>zone</c> and <c>segments</c>, each with <c>from</c>, <c>until</c> (<see langword="null"/>
    /// when it never ends), and the ids of the rules that apply (<c>applies</c>) and are suspended (<c>suspended</c>).
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="schedule">The schedule the timeline is of.</param>
    /// <param name="segments">The segments, from <see cref="CareSchedule.Timeline(Instant, Instant?)"/>.</param>
    public static void WriteTimeline(Utf8JsonWriter writer, CareSchedule schedule, IEnumerable<CareAdvice> segments)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(schedule);
        Preconditions.CheckNotNull(segments);
        writer.WriteStartObject();
        writer.WriteString("zone", schedule.Zone.Id);
        writer.WriteStartArray("segments");
        foreach (CareAdvice segment in segments)
        {
            writer.WriteStartObject();
            WriteInstant(writer, Names.From, segment.Interval.HasStart ? segment.Interval.Start : null);
            WriteInstant(writer, Names.Until, segment.Interval.HasEnd ? segment.Interval.End : null);
            WriteIds(writer, "applies", segment, CareStatus.Applies);
            WriteIds(writer, "suspended", segment, CareStatus.Suspended);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Returns an answer as an indented JSON document, as <see cref="Write"/> writes it.</summary>
    /// <param name="advice">The answer.</param>
    /// <param name="culture">The culture of the rules' texts; <see langword="null"/> for the protocol's default language.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CareAdvice advice, CultureInfo? culture = null)
    {
        Preconditions.CheckNotNull(advice);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, IndentedOptions))
        {
            Write(writer, advice, culture);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Returns the word an answer's kind is written as: <c>at</c>, <c>on</c>, <c>day</c>, <c>now</c> or <c>segment</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word.</returns>
    public static string KindWord(CareQueryKind kind) => kind switch
    {
        CareQueryKind.Instant => "at",
        CareQueryKind.Date => "on",
        CareQueryKind.CourseDay => "day",
        CareQueryKind.Now => "now",
        CareQueryKind.Segment => "segment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The kind must be one of the values of CareQueryKind."),
    };

    /// <summary>Returns the word a directive is written as: <c>do</c>, <c>avoid</c>, <c>limit</c> or <c>expect</c>.</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>The word.</returns>
    public static string DirectiveWord(CareDirective directive) => directive switch
    {
        CareDirective.Do => "do",
        CareDirective.Avoid => "avoid",
        CareDirective.Limit => "limit",
        CareDirective.Expect => "expect",
        _ => throw new ArgumentOutOfRangeException(nameof(directive), directive, "The directive must be one of the values of CareDirective."),
    };

    /// <summary>Returns the word a status is written as: <c>applies</c> or <c>suspended</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The word.</returns>
    public static string StatusWord(CareStatus status) => status switch
    {
        CareStatus.Applies => "applies",
        CareStatus.Suspended => "suspended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "The status must be one of the values of CareStatus."),
    };

    [System.Runtime.CompilerServices.SkipLocalsInit] // The explanation's buffer is written before it is read.
    private static void WriteItem(Utf8JsonWriter writer, CareAdviceItem item, CultureInfo? culture, ProtocolJsonText? encoded, JsonEncodedText[]? texts)
    {
        Stretch stretch = item.StretchData;
        writer.WriteStartObject();
        int rule = item.RuleIndex;
        if (encoded is not null)
        {
            writer.WriteString(Names.RuleId, encoded.Ids[rule]);
            writer.WriteString(Names.Family, encoded.Families[rule]);
        }
        else
        {
            writer.WriteString(Names.RuleId, item.Rule.Id);
            writer.WriteString(Names.Family, item.Rule.Family.Name);
        }

        writer.WriteString(Names.Directive, Names.Directives[(int)item.Directive]);
        writer.WriteString(Names.Status, Names.Statuses[(int)item.Status]);
        if (texts is not null)
        {
            writer.WriteString(Names.Text, texts[rule]);
        }
        else
        {
            writer.WriteString(Names.Text, item.GetText(culture?.Name));
        }

        writer.WriteNumber(Names.Session, item.Session.Number);
        writer.WriteNumber(Names.SessionDay, item.SessionDay);
        WriteInstant(writer, Names.From, stretch.Start);
        WriteInstant(writer, Names.Until, stretch.End == Piece.Forever ? null : stretch.End);
        if (item.SuspendedBy is { } suspender)
        {
            if (encoded is not null)
            {
                writer.WriteString(Names.SuspendedBy, encoded.Ids[item.SuspenderIndex]);
            }
            else
            {
                writer.WriteString(Names.SuspendedBy, suspender.Id);
            }
        }
        else
        {
            writer.WriteNull(Names.SuspendedBy);
        }

        Span<byte> why = stackalloc byte[1024];
        if (item.TryWriteExplanation(why, stretch, out int length))
        {
            writer.WriteString(Names.Why, why[..length]);
        }
        else
        {
            writer.WriteString(Names.Why, item.Explanation);
        }

        writer.WriteEndObject();
    }

    /// <summary>The property names of an item, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText Family = JsonEncodedText.Encode("family");
        public static readonly JsonEncodedText Directive = JsonEncodedText.Encode("directive");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Session = JsonEncodedText.Encode("session");
        public static readonly JsonEncodedText SessionDay = JsonEncodedText.Encode("sessionDay");
        public static readonly JsonEncodedText SuspendedBy = JsonEncodedText.Encode("suspendedBy");
        public static readonly JsonEncodedText Why = JsonEncodedText.Encode("why");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText Until = JsonEncodedText.Encode("until");
        public static readonly JsonEncodedText Instant = JsonEncodedText.Encode("instant");

        /// <summary>The directives' words, by value (the values run from 0 without gaps).</summary>
        public static readonly JsonEncodedText[] Directives = Array.ConvertAll(Enum.GetValues<CareDirective>(), d => JsonEncodedText.Encode(DirectiveWord(d)));

        /// <summary>The statuses' words, by value (the values run from 0 without gaps).</summary>
        public static readonly JsonEncodedText[] Statuses = Array.ConvertAll(Enum.GetValues<CareStatus>(), s => JsonEncodedText.Encode(StatusWord(s)));
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, CareAdvice advice, CareStatus status)
    {
        writer.WriteStartArray(name);
        foreach (CareAdviceItem item in status == CareStatus.Applies ? advice.Applying : advice.Suspended)
        {
            writer.WriteStringValue(item.RuleId);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the <c>date</c> asked about, as <see cref="LocalDatePattern.Iso"/> does (<c>2026-11-22</c>).</summary>
    private static void WriteDate(Utf8JsonWriter writer, LocalDate date)
    {
        if (date.Year is < 0 or > 9999)
        {
            writer.WriteString("date", LocalDatePattern.Iso.Format(date));
            return;
        }

        Span<byte> text = stackalloc byte[10];
        Digits.Write(text[..4], date.Year);
        text[4] = (byte)'-';
        Digits.Write(text.Slice(5, 2), date.Month);
        text[7] = (byte)'-';
        Digits.Write(text.Slice(8, 2), date.Day);
        writer.WriteString("date"u8, text);
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    private static void WriteInstant(Utf8JsonWriter writer, JsonEncodedText name, Instant? instant)
    {
        if (instant is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        Span<byte> text = stackalloc byte[32];
        if (TryFormatIso(value, text, out int length))
        {
            writer.WriteString(name, text[..length]);
        }
        else
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
        }
    }

    /// <summary>
    /// Writes an instant in UTF-8 as <see cref="InstantPattern.ExtendedIso"/> does (<c>2026-11-25T00:00:00Z</c>, with
    /// the fraction of a second when there is one, trailing zeros dropped), for the years 0 to 9999, without allocating
    /// and without the calendar machinery of a <see cref="LocalDateTime"/>.
    /// </summary>
    internal static bool TryFormatIso(Instant instant, Span<byte> text, out int length)
    {
        length = 0;
        if (instant < Instant.MinValue || instant > Instant.MaxValue || text.Length < 30)
        {
            return false;
        }

        // Duration.Days and NanosecondOfDay are truncated towards zero: before the epoch, a day back and its nanoseconds forward.
        Duration sinceEpoch = instant - NodaConstants.UnixEpoch;
        int dayNumber = sinceEpoch.Days;
        long nanosecondOfDay = sinceEpoch.NanosecondOfDay;
        if (nanosecondOfDay < 0)
        {
            dayNumber--;
            nanosecondOfDay += NodaConstants.NanosecondsPerDay;
        }

        DayNumbers.ToCivil(dayNumber, out int year, out int month, out int day);
        if (year is < 0 or > 9999)
        {
            return false;
        }

        int secondOfDay = (int)(nanosecondOfDay / NodaConstants.NanosecondsPerSecond);
        Digits.Write(text.Slice(0, 4), year);
        text[4] = (byte)'-';
        Digits.Write(text.Slice(5, 2), month);
        text[7] = (byte)'-';
        Digits.Write(text.Slice(8, 2), day);
        text[10] = (byte)'T';
        Digits.Write(text.Slice(11, 2), secondOfDay / 3600);
        text[13] = (byte)':';
        Digits.Write(text.Slice(14, 2), secondOfDay / 60 % 60);
        text[16] = (byte)':';
        Digits.Write(text.Slice(17, 2), secondOfDay % 60);
        length = 19;
        int nanoseconds = (int)(nanosecondOfDay % NodaConstants.NanosecondsPerSecond);
        if (nanoseconds != 0)
        {
            text[19] = (byte)'.';
            Digits.Write(text.Slice(20, 9), nanoseconds);
            length = 29;
            while (text[length - 1] == (byte)'0')
            {
                length--;
            }
        }

        text[length++] = (byte)'Z';
        return true;
    }
}
