using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using SmpRules.Rules;
using SmpRules.Scheduling;

namespace SmpRules.Web.Output;

/// <summary>
/// The answer of <c>/api/day</c>, <c>/api/on</c>, <c>/api/at</c> and <c>/api/now</c>: the same fields, in the same order,
/// as smp-care's JSON contract (docs/console.md), so that the two samples agree.
/// </summary>
internal sealed record AdviceResponse(string Zone, AdviceQuery Query, int CourseDay, IReadOnlyList<AdviceItem> Advice)
{
    public static AdviceResponse Create(CareSchedule schedule, AdviceQuery query, CareAdvice advice, CultureInfo culture) =>
        new(schedule.Zone.Id, query, advice.CourseDay, advice.Items.Select(item => AdviceItem.Create(item, culture)).ToArray());

    /// <summary>An instant in UTC, in ISO 8601, such as <c>2026-11-20T10:00:00Z</c>.</summary>
    public static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    /// <summary>A local date in ISO 8601, such as <c>2026-11-22</c>.</summary>
    public static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>What was asked: <c>kind</c> is <c>day</c>, <c>on</c>, <c>at</c> or <c>now</c>; the other fields appear when they apply.</summary>
internal sealed record AdviceQuery(
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Day,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Date,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Instant)
{
    public static AdviceQuery ForDay(int day, LocalDate date) => new("day", day, AdviceResponse.Iso(date), null);

    public static AdviceQuery ForDate(LocalDate date) => new("on", null, AdviceResponse.Iso(date), null);

    public static AdviceQuery ForInstant(Instant instant) => new("at", null, null, AdviceResponse.Utc(instant));

    public static AdviceQuery ForNow(Instant instant) => new("now", null, null, AdviceResponse.Utc(instant));
}

/// <summary>One item of advice: a rule, its status, the governing session and its day, the stretch of time, and why.</summary>
internal sealed record AdviceItem(
    string RuleId,
    string Family,
    string Directive,
    string Status,
    string Text,
    int Session,
    int SessionDay,
    string? From,
    string? Until,
    string? SuspendedBy,
    string Why)
{
    public static AdviceItem Create(CareAdviceItem item, CultureInfo culture) => new(
        item.RuleId,
        item.Family.Name,
        Word(item.Directive),
        item.Status == CareStatus.Applies ? "applies" : "suspended",
        item.GetText(culture.Name),
        item.Session.Number,
        item.SessionDay,
        item.Interval.HasStart ? AdviceResponse.Utc(item.Interval.Start) : null,
        item.Interval.HasEnd ? AdviceResponse.Utc(item.Interval.End) : null,
        item.SuspendedBy?.Id,
        item.Explanation);

    private static string Word(CareDirective directive) => directive switch
    {
        CareDirective.Do => "do",
        CareDirective.Avoid => "avoid",
        CareDirective.Limit => "limit",
        CareDirective.Expect => "expect",
        _ => directive.ToString().ToLowerInvariant(),
    };
}
