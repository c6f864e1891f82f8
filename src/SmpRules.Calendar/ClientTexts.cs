using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SmpRules.Rules;

namespace SmpRules.Calendar;

/// <summary>
/// The words around a rule's own text in what a client reads (notices, what-if sentences, calendar events), in English
/// and Spanish; another culture falls back to its neutral culture and then to English. Times are written in the plan's
/// zone as <c>yyyy-MM-dd</c> at the start of a day and <c>yyyy-MM-dd HH:mm</c> otherwise, the same digits in every culture;
/// a sentence puts the culture's words around them ("el 2026-11-20 a las 10:00").
/// </summary>
internal sealed class ClientTexts
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly OffsetPattern OffsetPattern = OffsetPattern.CreateWithInvariantCulture("'UTC'+HH':'mm");

    public static readonly ClientTexts English = new()
    {
        Name = "en",
        DateAt = "{0}",
        DateTimeAt = "{0} {1}",
        StartedUntil = "From {0} {1}: {2}",
        Started = "From {0}: {1}",
        SuspendedUntil = "From {0} {1}, paused for “{2}”: {3}",
        Suspended = "From {0}, paused for “{1}”: {2}",
        Resumed = "From {0}, again: {1}",
        EndedDo = "From {0}, this is no longer needed: {1}",
        EndedAvoid = "From {0}, this restriction ends: {1}",
        EndedLimit = "From {0}, this limit ends: {1}",
        EndedExpect = "From {0}, this is no longer expected: {1}",
        Paused = "Paused: {0}",
        PausedFor = "Paused for “{1}”: {0}",
        PausedWhile = "Paused while this applies: {0}",
        NowInstead = "{0} Now {1} instead of {2}.",
        InEffectInstead = "{0} In effect now: {1} instead of {2}.",
        AddedAgain = "{0} Again {1}.",
        AgainFrom = " Again from {0}.",
        Lasts = "{0} It now lasts {1} instead of {2}.",
        Added = "{0} New: {1}.",
        AddedPause = "{0} New pause for “{2}”: {1}.",
        RemovedDo = "{0} No longer needed {1}.",
        RemovedAvoid = "{0} This restriction no longer applies {1}.",
        RemovedLimit = "{0} This limit no longer applies {1}.",
        RemovedExpect = "{0} No longer expected {1}.",
        RemovedPause = "{0} The pause {1} is cancelled.",
        UntilPhrase = "until {0}",
        ThroughPhrase = "through {0}",
        FromOnly = "from {0}",
        FromPhrase = "from {0} {1}",
        And = " and ",
        ForGood = "for good",
        Session = "Session {0} ({1}), day {2}.",
        FromUntil = "From {0} {1}.",
        FromForGood = "From {0}, for good.",
        CalendarName = "{0} aftercare",
        SessionMoved = "Session {0} is now on {2} (it was on {1}).",
        SessionAdded = "Session {0} is added: {1}.",
        SessionCancelled = "Session {0} on {1} is cancelled.",
    };

    public static readonly ClientTexts Spanish = new()
    {
        Name = "es",
        DateAt = "el {0}",
        DateTimeAt = "el {0} a las {1}",
        StartedUntil = "Desde {0} {1}: {2}",
        Started = "Desde {0}: {1}",
        SuspendedUntil = "Desde {0} {1}, en pausa por «{2}»: {3}",
        Suspended = "Desde {0}, en pausa por «{1}»: {2}",
        Resumed = "Desde {0}, de nuevo: {1}",
        EndedDo = "Desde {0}, esto ya no hace falta: {1}",
        EndedAvoid = "Desde {0}, se acaba esta restricción: {1}",
        EndedLimit = "Desde {0}, se acaba este límite: {1}",
        EndedExpect = "Desde {0}, esto ya no es de esperar: {1}",
        Paused = "En pausa: {0}",
        PausedFor = "En pausa por «{1}»: {0}",
        PausedWhile = "En pausa mientras se aplica: {0}",
        NowInstead = "{0} Ahora {1} (antes: {2}).",
        InEffectInstead = "{0} En vigor ya: {1} (antes: {2}).",
        AddedAgain = "{0} De nuevo {1}.",
        AgainFrom = " De nuevo desde {0}.",
        Lasts = "{0} Ahora dura {1} (antes: {2}).",
        Added = "{0} Nuevo: {1}.",
        AddedPause = "{0} Nueva pausa por «{2}»: {1}.",
        RemovedDo = "{0} Ya no hace falta {1}.",
        RemovedAvoid = "{0} Esta restricción ya no se aplica {1}.",
        RemovedLimit = "{0} Este límite ya no se aplica {1}.",
        RemovedExpect = "{0} Ya no es de esperar {1}.",
        RemovedPause = "{0} Se cancela la pausa {1}.",
        UntilPhrase = "hasta {0}",
        ThroughPhrase = "hasta {0} incluido",
        FromOnly = "desde {0}",
        FromPhrase = "desde {0} {1}",
        And = " y ",
        ForGood = "indefinidamente",
        Session = "Sesión {0} ({1}), día {2}.",
        FromUntil = "Desde {0} {1}.",
        FromForGood = "Desde {0}, indefinidamente.",
        CalendarName = "Cuidados posteriores: {0}",
        SessionMoved = "La sesión {0} era {1}; ahora es {2}.",
        SessionAdded = "Hay una nueva sesión {0}, {1}.",
        SessionCancelled = "Se cancela la sesión {0}, {1}.",
    };

    public required string Name { get; init; }

    /// <summary>A date in a sentence ("el 2026-11-24").</summary>
    public required string DateAt { get; init; }

    /// <summary>A date and a time in a sentence ("el 2026-11-20 a las 10:00").</summary>
    public required string DateTimeAt { get; init; }

    public required string StartedUntil { get; init; }

    public required string Started { get; init; }

    public required string SuspendedUntil { get; init; }

    public required string Suspended { get; init; }

    public required string Resumed { get; init; }

    public required string EndedDo { get; init; }

    public required string EndedAvoid { get; init; }

    public required string EndedLimit { get; init; }

    public required string EndedExpect { get; init; }

    public required string Paused { get; init; }

    /// <summary>A paused rule's text in a sentence, with what pauses it.</summary>
    public required string PausedFor { get; init; }

    public required string PausedWhile { get; init; }

    /// <summary>A stretch moved: the text, the new span, what it was (its end, its start or its span).</summary>
    public required string NowInstead { get; init; }

    /// <summary>A stretch moved so that it is in effect at the instant asked: the text, the new span, what it was.</summary>
    public required string InEffectInstead { get; init; }

    /// <summary>A new stretch in which a rule applies again after a pause: the text, its span.</summary>
    public required string AddedAgain { get; init; }

    /// <summary>After an end notice: when the rule applies again.</summary>
    public required string AgainFrom { get; init; }

    /// <summary>A stretch begun by the instant asked whose end moved: the text, the new end, the old one.</summary>
    public required string Lasts { get; init; }

    public required string UntilPhrase { get; init; }

    /// <summary>An end at the start of a day, by the last day it includes.</summary>
    public required string ThroughPhrase { get; init; }

    /// <summary>A start alone.</summary>
    public required string FromOnly { get; init; }

    /// <summary>A span: "from" its start and its end phrase.</summary>
    public required string FromPhrase { get; init; }

    public required string And { get; init; }

    public required string Added { get; init; }

    public required string AddedPause { get; init; }

    public required string RemovedDo { get; init; }

    public required string RemovedAvoid { get; init; }

    public required string RemovedLimit { get; init; }

    public required string RemovedExpect { get; init; }

    public required string RemovedPause { get; init; }

    public required string ForGood { get; init; }

    public required string Session { get; init; }

    public required string FromUntil { get; init; }

    public required string FromForGood { get; init; }

    public required string CalendarName { get; init; }

    public required string SessionMoved { get; init; }

    public required string SessionAdded { get; init; }

    public required string SessionCancelled { get; init; }

    /// <summary>An end notice, by what the rule asks: a restriction ends, a care is no longer needed, a sign no longer expected.</summary>
    public string Ended(CareDirective directive) => directive switch
    {
        CareDirective.Avoid => EndedAvoid,
        CareDirective.Limit => EndedLimit,
        CareDirective.Expect => EndedExpect,
        _ => EndedDo,
    };

    /// <summary>A stretch removed in a what-if, by what the rule asks.</summary>
    public string Removed(CareDirective directive) => directive switch
    {
        CareDirective.Avoid => RemovedAvoid,
        CareDirective.Limit => RemovedLimit,
        CareDirective.Expect => RemovedExpect,
        _ => RemovedDo,
    };

    /// <summary>The texts for a culture name: its own, its neutral culture's, or English.</summary>
    public static ClientTexts For(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return English;
        }

        int dash = culture.IndexOf('-', StringComparison.Ordinal);
        string language = dash < 0 ? culture : culture[..dash];
        return string.Equals(language, "es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;
    }

    public string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>
    /// An instant in a zone: the date alone at the start of a day, the date and time otherwise, with the offset when the
    /// local time is ambiguous (it comes twice when the clocks go back).
    /// </summary>
    public static string When(Instant instant, DateTimeZone zone)
    {
        (string date, string? time) = Parts(instant, zone);
        return time is null ? date : date + " " + time;
    }

    /// <summary>An instant as a sentence says it in this culture: "2026-11-20 10:00", "el 2026-11-20 a las 10:00".</summary>
    public string At(Instant instant, DateTimeZone zone)
    {
        (string date, string? time) = Parts(instant, zone);
        return time is null ? Format(DateAt, date) : Format(DateTimeAt, date, time);
    }

    private static (string Date, string? Time) Parts(Instant instant, DateTimeZone zone)
    {
        ZonedDateTime local = instant.InZone(zone);
        string date = DatePattern.Format(local.Date);
        if (local.ToInstant() == zone.AtStartOfDay(local.Date).ToInstant())
        {
            return (date, null);
        }

        string time = TimePattern.Format(local.TimeOfDay);
        return (date, zone.MapLocal(local.LocalDateTime).Count > 1 ? time + " " + OffsetPattern.Format(local.Offset) : time);
    }

    /// <summary>
    /// The end of a span in a zone: "through" the last day it includes when it ends at the start of a day (so an end that
    /// is exclusive is never read as inclusive), "until" the date and time otherwise.
    /// </summary>
    public string Until(Instant end, DateTimeZone zone)
    {
        ZonedDateTime local = end.InZone(zone);
        return local.ToInstant() == zone.AtStartOfDay(local.Date).ToInstant()
            ? Format(ThroughPhrase, Format(DateAt, DatePattern.Format(local.Date.PlusDays(-1))))
            : Format(UntilPhrase, At(end, zone));
    }

    /// <summary>The end phrase of a span, or "for good".</summary>
    public string UntilOrForGood(Instant? end, DateTimeZone zone) => end is { } e ? Until(e, zone) : ForGood;

    /// <summary>A span, such as "from 2026-11-20 10:00 through 2026-11-24".</summary>
    public string Span(Instant start, Instant? end, DateTimeZone zone) => Format(FromPhrase, At(start, zone), UntilOrForGood(end, zone));

    /// <summary>The short form of a rule's text for a title: up to its first colon, when there is one.</summary>
    public static string Short(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon >= 3 ? text[..colon] : text;
    }
}
