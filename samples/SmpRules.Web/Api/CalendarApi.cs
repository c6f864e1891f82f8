using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using SmpRules.Calendar;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Rules;
using SmpRules.Web.Input;

namespace SmpRules.Web.Api;

/// <summary><c>GET /api/calendar.ics</c>: the plan as iCalendar, for a download or a calendar subscription (the plan is in the URL).</summary>
internal static partial class CalendarApi
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] Own = ["remind", "remindBefore", "calendarId"];

    public static void MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Calendar")
            .MapMethods("/calendar.ics", GetAndHead, Calendar)
            .WithName("Calendar")
            .WithSummary("The plan as an iCalendar file")
            .WithDescription("The plan as iCalendar (RFC 5545, text/calendar) for the client's calendar app, to download or to subscribe to (webcal://): "
                + "one event per stretch of a rule, all-day when it is bounded by local midnights and timed in the plan's zone otherwise, with UIDs that stay "
                + "the same for the same plan. DTSTAMP is the server clock's instant, so the answer is not cached.")
            .WithPlanParameters(
                ("remind", "A directive whose rules get a reminder before each stretch in which they start or resume to apply: do, avoid, limit or expect. Repeatable."),
                ("remindBefore", "How long before the change a reminder comes: hours or minutes, such as 12h (the default) or 90m."),
                ("calendarId", "The client's calendar identity, the end of every UID, such as a client number. Without it, a hash of the plan, which changes with the plan: pass one to keep UIDs when a session moves."))
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesInputProblem();
    }

    private static IResult Calendar(HttpRequest request, ICareProtocolCatalog protocols, IClock clock)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true, Own))
        {
            return problems.ToResult();
        }

        var directives = new List<CareDirective>();
        foreach (string? text in request.Query["remind"])
        {
            CareDirective? directive = text?.Trim().ToLowerInvariant() switch
            {
                "do" => CareDirective.Do,
                "avoid" => CareDirective.Avoid,
                "limit" => CareDirective.Limit,
                "expect" => CareDirective.Expect,
                _ => null,
            };
            if (directive is { } d)
            {
                directives.Add(d);
            }
            else
            {
                problems.Add("remind", $"The directive '{InputProblems.Quote(text ?? string.Empty)}' is not one of do, avoid, limit or expect.");
            }
        }

        Duration lead = Duration.FromHours(12);
        if (PlanInput.Single(request.Query, "remindBefore", problems) is { } leadText)
        {
            Match match = LeadPattern().Match(leadText.Trim());
            if (match.Success && int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) is int n && n <= 7 * 24 * 60)
            {
                lead = match.Groups["unit"].Value == "h" ? Duration.FromHours(n) : Duration.FromMinutes(n);
            }
            else
            {
                problems.Add("remindBefore", $"The duration '{InputProblems.Quote(leadText)}' is not hours or minutes up to a week, such as 12h or 90m.");
            }
        }

        string? calendarId = PlanInput.Single(request.Query, "calendarId", problems);
        if (calendarId is not null && !CareCalendarOptions.IsValidCalendarId(calendarId))
        {
            problems.Add("calendarId", $"The calendar id '{InputProblems.Quote(calendarId)}' must be 1 to 64 ASCII letters, digits, '-', '_' or '.', such as client-1042.");
        }

        if (PlanInput.Read(request, protocols, problems) is not { } input || problems.Any)
        {
            return problems.ToResult();
        }

        var options = new CareCalendarOptions
        {
            Culture = input.Culture.Name,
            CalendarId = calendarId,
            RemindFor = [.. directives.Distinct()],
            RemindBefore = lead,
        };
        return new CalendarAnswer(CareCalendar.Write(input.Schedule, clock, options));
    }

    [GeneratedRegex("^(?<n>[0-9]{1,6})(?<unit>[hm])$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadPattern();

    /// <summary>An iCalendar body: <c>text/calendar</c>, shown inline as aftercare.ics, never stored (its DTSTAMP is the clock's instant).</summary>
    private sealed class CalendarAnswer(string text) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            byte[] body = Encoding.UTF8.GetBytes(text);
            HttpResponse response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "text/calendar; charset=utf-8";
            response.Headers.ContentDisposition = "inline; filename=\"aftercare.ics\"";
            response.Headers.CacheControl = "no-store";
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(httpContext.Request.Method))
            {
                await response.Body.WriteAsync(body, httpContext.RequestAborted);
            }
        }
    }
}
