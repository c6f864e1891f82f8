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
                writer.WriteString("date", LocalDatePattern.Iso.Format(advice.Date));
                break;
            case CareQueryKind.Date:
                writer.WriteString("date", LocalDatePattern.Iso.Format(advice.Date));
                break;
            case CareQueryKind.Segment:
                WriteInstant(writer, "from", advice.Interval.Start);
                WriteInstant(writer, "until", advice.Interval.HasEnd ? advice.Interval.End : null);
                break;
            default:
                WriteInstant(writer, "instant", advice.Instant);
                break;
        }

        writer.WriteEndObject();
        writer.WriteNumber("courseDay", advice.CourseDay);
        writer.WriteStartArray("advice");
        foreach (CareAdviceItem item in advice.Items)
        {
            WriteItem(writer, item, culture);
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
            WriteInstant(writer, "from", segment.Interval.HasStart ? segment.Interval.Start : null);
            WriteInstant(writer, "until", segment.Interval.HasEnd ? segment.Interval.End : null);
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

    private static void WriteItem(Utf8JsonWriter writer, CareAdviceItem item, CultureInfo? culture)
    {
        Interval stretch = item.Interval;
        CareRule rule = item.Rule;

        // With the relaxed encoder (as the samples write), a rule's id, family and texts are escaped once and copied
        // into every answer after that; with any other encoder the writer escapes them as it is configured to.
        bool relaxed = ReferenceEquals(writer.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        EncodedRule? encoded = relaxed ? EncodedRules.GetValue(rule, static r => new EncodedRule(r)) : null;
        writer.WriteStartObject();
        if (encoded is not null)
        {
            writer.WriteString(Names.RuleId, encoded.Id);
            writer.WriteString(Names.Family, encoded.Family);
        }
        else
        {
            writer.WriteString(Names.RuleId, rule.Id);
            writer.WriteString(Names.Family, rule.Family.Name);
        }

        writer.WriteString(Names.Directive, DirectiveWord(item.Directive));
        writer.WriteString(Names.Status, StatusWord(item.Status));
        if (encoded is not null)
        {
            writer.WriteString(Names.Text, encoded.Text(culture?.Name));
        }
        else
        {
            writer.WriteString(Names.Text, item.GetText(culture?.Name));
        }

        writer.WriteNumber(Names.Session, item.Session.Number);
        writer.WriteNumber(Names.SessionDay, item.SessionDay);
        WriteInstant(writer, "from", stretch.HasStart ? stretch.Start : null);
        WriteInstant(writer, "until", stretch.HasEnd ? stretch.End : null);
        if (item.SuspendedBy is { } suspender)
        {
            if (relaxed)
            {
                writer.WriteString(Names.SuspendedBy, EncodedRules.GetValue(suspender, static r => new EncodedRule(r)).Id);
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

        writer.WriteString(Names.Why, item.Explanation);
        writer.WriteEndObject();
    }

    /// <summary>A rule's id, family and texts (by the culture asked), escaped for the relaxed encoder, made when first written.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CareRule, EncodedRule> EncodedRules = new();

    private sealed class EncodedRule(CareRule rule)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonEncodedText> _texts = new(StringComparer.Ordinal);

        public JsonEncodedText Id { get; } = JsonEncodedText.Encode(rule.Id, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        public JsonEncodedText Family { get; } = JsonEncodedText.Encode(rule.Family.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        /// <summary>The text in a culture; the cultures kept are bounded by those the rule's text resolves to, plus those asked (at most 64).</summary>
        public JsonEncodedText Text(string? culture)
        {
            string key = culture ?? string.Empty;
            if (_texts.TryGetValue(key, out JsonEncodedText text))
            {
                return text;
            }

            text = JsonEncodedText.Encode(rule.Text.Resolve(culture), JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            if (_texts.Count < 64)
            {
                _texts.TryAdd(key, text);
            }

            return text;
        }
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

    private static void WriteInstant(Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is not { } value)
        {
            writer.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[32];
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
    /// Writes an instant as <see cref="InstantPattern.ExtendedIso"/> does (<c>2026-11-25T00:00:00Z</c>, with the
    /// fraction of a second when there is one, trailing zeros dropped), for the years 0 to 9999, without allocating.
    /// </summary>
    internal static bool TryFormatIso(Instant instant, Span<char> text, out int length)
    {
        LocalDateTime utc = instant.InUtc().LocalDateTime;
        length = 0;
        if (utc.Year is < 0 or > 9999 || text.Length < 30)
        {
            return false;
        }

        Digits.Write(text.Slice(0, 4), utc.Year);
        text[4] = '-';
        Digits.Write(text.Slice(5, 2), utc.Month);
        text[7] = '-';
        Digits.Write(text.Slice(8, 2), utc.Day);
        text[10] = 'T';
        Digits.Write(text.Slice(11, 2), utc.Hour);
        text[13] = ':';
        Digits.Write(text.Slice(14, 2), utc.Minute);
        text[16] = ':';
        Digits.Write(text.Slice(17, 2), utc.Second);
        length = 19;
        int nanoseconds = utc.NanosecondOfSecond;
        if (nanoseconds != 0)
        {
            text[19] = '.';
            Digits.Write(text.Slice(20, 9), nanoseconds);
            length = 29;
            while (text[length - 1] == '0')
            {
                length--;
            }
        }

        text[length++] = 'Z';
        return true;
    }
}
