using System.Collections.Generic;
using System.ComponentModel;

namespace SmpRules.Web.Output;

// The shapes of the answers, for the OpenAPI document only: the answers themselves are written by the library's JSON
// writer (CareAdviceJson), and a test checks that every answer has exactly the fields described here.

/// <summary>What applies on a date, on a course day, at an instant or now (docs/console.md, "JSON output").</summary>
[Description("What applies on a date, on a course day, at an instant or now: every rule that applies or is suspended, in the protocol's order.")]
internal sealed record AdviceAnswer(
    [property: Description("The plan's IANA time zone.")] string Zone,
    [property: Description("What was asked.")] AdviceQuery Query,
    [property: Description("The course day of the date asked (or of the instant's local date): 0 is the first session's date.")] int CourseDay,
    [property: Description("The rules that apply or are suspended, in the protocol's order; for a date, once for each stretch that touches it.")] IReadOnlyList<AdviceItem> Advice);

/// <summary>What an answer was asked.</summary>
[Description("What was asked: kind is day (with day and date), on (with date), at or now (with instant).")]
internal sealed record AdviceQuery(
    [property: Description("day, on, at or now: the endpoint asked.")] string Kind,
    [property: Description("The course day asked (day only).")] int? Day,
    [property: Description("The local date asked, yyyy-MM-dd (day and on only).")] string? Date,
    [property: Description("The instant asked, UTC in ISO 8601 (at and now only).")] string? Instant);

/// <summary>One rule in an answer.</summary>
[Description("One rule in an answer: its status, the whole stretch in which it keeps it, the session that governs it and why.")]
internal sealed record AdviceItem(
    [property: Description("The rule's id, such as dry-period.keep-scalp-dry.")] string RuleId,
    [property: Description("The rule's family, such as dry-period.")] string Family,
    [property: Description("do, avoid, limit or expect.")] string Directive,
    [property: Description("applies or suspended.")] string Status,
    [property: Description("The rule's text in the culture asked.")] string Text,
    [property: Description("The governing session's number, from 1.")] int Session,
    [property: Description("The day number relative to the governing session: 0 on its date.")] int SessionDay,
    [property: Description("When the stretch began, UTC in ISO 8601; null when it has no start.")] string? From,
    [property: Description("When the stretch ends, UTC in ISO 8601; null when it never ends.")] string? Until,
    [property: Description("The id of the rule that suspends this one, or null when it applies.")] string? SuspendedBy,
    [property: Description("Why, in a sentence.")] string Why);

/// <summary>A timeline.</summary>
[Description("Every change of what applies: segments in which nothing changes, the last one without end when something stays for good.")]
internal sealed record TimelineAnswer(
    [property: Description("The plan's IANA time zone.")] string Zone,
    [property: Description("The segments, in order.")] IReadOnlyList<TimelineSegment> Segments);

/// <summary>One segment of a timeline.</summary>
[Description("A stretch of time in which the same rules apply and the same are suspended.")]
internal sealed record TimelineSegment(
    [property: Description("When the segment begins, UTC in ISO 8601; null at the start of time.")] string? From,
    [property: Description("When it ends, UTC in ISO 8601; null when it never ends.")] string? Until,
    [property: Description("The ids of the rules that apply.")] IReadOnlyList<string> Applies,
    [property: Description("The ids of the rules that are suspended.")] IReadOnlyList<string> Suspended);

/// <summary>A bad request's problem details, as every endpoint answers one.</summary>
[Description("Problem details (RFC 7807) for bad input: every problem at once, each with the parameter it concerns.")]
internal sealed record InputProblemAnswer(
    [property: Description("A URI reference for the kind of problem.")] string? Type,
    [property: Description("The request's input is invalid.")] string Title,
    [property: Description("The HTTP status code.")] int Status,
    [property: Description("Every problem's message, in one text.")] string? Detail,
    [property: Description("Every problem, with the parameter it concerns.")] IReadOnlyList<InputErrorDoc> Errors);

/// <summary>One problem of a request.</summary>
internal sealed record InputErrorDoc(
    [property: Description("The query or route parameter, such as zone or session.")] string Parameter,
    [property: Description("What is wrong, in a sentence.")] string Message);

/// <summary>An invalid protocol document's problem details.</summary>
[Description("Problem details for an invalid protocol document: its problems with their JSON path, line and column; at most MaxReportedProblems of them, with the count of those left out.")]
internal sealed record ProtocolProblemAnswer(
    [property: Description("A URI reference for the kind of problem.")] string? Type,
    [property: Description("The protocol document is invalid.")] string Title,
    [property: Description("The HTTP status code.")] int Status,
    [property: Description("How many problems there are, and the first of them.")] string? Detail,
    [property: Description("The problems reported.")] IReadOnlyList<ProtocolErrorDoc> Errors,
    [property: Description("How many problems are not listed in errors (0 when all are).")] int Omitted);

/// <summary>One problem of a protocol document.</summary>
internal sealed record ProtocolErrorDoc(
    [property: Description("The problem's code, such as UnknownRule.")] string Code,
    [property: Description("What is wrong, in a sentence.")] string Message,
    [property: Description("The rule it concerns, if any.")] string? RuleId,
    [property: Description("The JSON path of the value, such as $.rules[2].window.")] string? Path,
    [property: Description("The line of the value, from 1.")] int? Line,
    [property: Description("The column of the value, from 1.")] int? Column);
