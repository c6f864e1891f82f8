using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Web.Input;
using SmpRules.Web.Output;

namespace SmpRules.Web.Api;

/// <summary>The HTTP API: what applies on a course day, on a date, at an instant and now; the timeline; the protocols.</summary>
internal static class CareApi
{
    /// <summary>The methods every read endpoint answers.</summary>
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapCareApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("Aftercare");
        api.MapMethods("/day/{n}", GetAndHead, Day)
            .WithName("Day")
            .WithSummary("What applies on a course day")
            .WithDescription("Every rule that applies or is suspended at some time of course day n (day 0 is the first session's local date; negative days lie before it), once for each stretch that touches it.")
            .WithPlanParameters()
            .Produces<AdviceAnswer>(StatusCodes.Status200OK)
            .ProducesInputProblem();
        api.MapMethods("/on/{date}", GetAndHead, On)
            .WithName("On")
            .WithSummary("What applies on a local date")
            .WithDescription("Every rule that applies or is suspended at some time of a local date (yyyy-MM-dd) in the plan's zone, once for each stretch that touches it.")
            .WithPlanParameters()
            .Produces<AdviceAnswer>(StatusCodes.Status200OK)
            .ProducesInputProblem();
        api.MapMethods("/at/{instant}", GetAndHead, At)
            .WithName("At")
            .WithSummary("What applies at an instant")
            .WithDescription("Every rule that applies or is suspended at an instant: 2026-11-22T10:00:00Z (UTC), 2026-11-22T11:00+01:00 (with an offset) or 2026-11-22T10:00 (local to the plan's zone).")
            .WithPlanParameters()
            .Produces<AdviceAnswer>(StatusCodes.Status200OK)
            .ProducesInputProblem();
        api.MapMethods("/now", GetAndHead, Now)
            .WithName("Now")
            .WithSummary("What applies now")
            .WithDescription("What applies at the current instant of the clock registered in DI (the only place the app reads the time). Not stored by caches.")
            .WithPlanParameters()
            .Produces<AdviceAnswer>(StatusCodes.Status200OK)
            .ProducesInputProblem();
        api.MapMethods("/timeline", GetAndHead, Timeline)
            .WithName("Timeline")
            .WithSummary("Every change of what applies")
            .WithDescription("The segments in which nothing changes, from the first change (or the start of from) to the end of to, or on to what stays for good.")
            .WithPlanParameters(
                ("from", "The first local date of the range, yyyy-MM-dd (inclusive); by default the first change."),
                ("to", "The last local date of the range, yyyy-MM-dd (inclusive); by default on to what stays for good."))
            .Produces<TimelineAnswer>(StatusCodes.Status200OK)
            .ProducesInputProblem();
        api.MapMethods("/protocols", GetAndHead, Protocols)
            .WithName("Protocols")
            .WithSummary("The registered protocols")
            .WithDescription("The names of the registered protocols, and the one used when a request names none.")
            .Produces<ProtocolsResponse>(StatusCodes.Status200OK)
            .ProducesInputProblem();
        api.MapMethods("/protocols/{name}/rules", GetAndHead, Rules)
            .WithName("ProtocolRules")
            .WithSummary("A protocol's rules")
            .WithDescription("A registered protocol's rules, in order, with their family, directive and text in the culture asked.")
            .WithQueryParameters(("culture", "The language of the texts: en, es, es-MX... (falling back from es-MX to es to the protocol's default language); en by default.", false))
            .Produces<ProtocolRulesResponse>(StatusCodes.Status200OK)
            .ProducesInputProblem()
            .ProducesInputProblem(StatusCodes.Status404NotFound);
        api.MapPost("/protocols/validate", ProtocolValidation.ValidateAsync)
            .WithName("ValidateProtocol")
            .WithSummary("Checks a protocol document")
            .WithDescription("Loads the protocol document (JSON, at most 256 KiB) in the body and says whether it is valid, or lists its problems with their JSON path, line and column.")
            .WithProtocolDocumentBody()
            .Produces<ValidProtocolResponse>(StatusCodes.Status200OK)
            .Produces<ProtocolProblemAnswer>(StatusCodes.Status400BadRequest, "application/problem+json");
    }

    private static IResult Day(string n, HttpRequest request, ICareProtocolCatalog protocols)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true))
        {
            return problems.ToResult();
        }

        int? day = ValueParsers.CourseDay(n, problems);
        if (PlanInput.Read(request, protocols, problems) is not { } input || day is null || problems.Any)
        {
            return problems.ToResult();
        }

        CareSchedule schedule = input.Schedule;
        return JsonAnswer.Advice(schedule.OnCourseDay(day.Value), input.Culture);
    }

    private static IResult On(string date, HttpRequest request, ICareProtocolCatalog protocols)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true))
        {
            return problems.ToResult();
        }

        LocalDate? local = ValueParsers.Date(date, "date", problems);
        if (PlanInput.Read(request, protocols, problems) is not { } input || local is not { } value)
        {
            return problems.ToResult();
        }

        CareSchedule schedule = input.Schedule;
        if (!IsNearCourse(schedule, value, "date", problems) || problems.Any)
        {
            return problems.ToResult();
        }

        return JsonAnswer.Advice(schedule.On(value), input.Culture);
    }

    private static IResult At(string instant, HttpRequest request, ICareProtocolCatalog protocols)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true))
        {
            return problems.ToResult();
        }

        InstantInput? given = ValueParsers.Instant(instant, problems);
        Instant? resolved = null;
        if (PlanInput.Read(request, protocols, problems, zone => resolved = given?.Resolve(zone, problems)) is not { } input || resolved is not { } at)
        {
            return problems.ToResult();
        }

        CareSchedule schedule = input.Schedule;
        if (!IsNearCourse(schedule, at.InZone(schedule.Zone).Date, "instant", problems) || problems.Any)
        {
            return problems.ToResult();
        }

        return JsonAnswer.Advice(schedule.At(at), input.Culture);
    }

    private static IResult Now(HttpRequest request, ICareProtocolCatalog protocols, IClock clock)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true) || PlanInput.Read(request, protocols, problems) is not { } input || problems.Any)
        {
            return problems.ToResult();
        }

        // The clock from DI is the only place "now" is read.
        return JsonAnswer.AdviceNow(input.Schedule.Now(clock), input.Culture);
    }

    private static IResult Timeline(HttpRequest request, ICareProtocolCatalog protocols)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true, "from", "to"))
        {
            return problems.ToResult();
        }

        LocalDate? from = PlanInput.Single(request.Query, "from", problems) is { } fromText ? ValueParsers.Date(fromText, "from", problems) : null;
        LocalDate? to = PlanInput.Single(request.Query, "to", problems) is { } toText ? ValueParsers.Date(toText, "to", problems) : null;
        if (from is { } a && to is { } b && a > b)
        {
            problems.Add("from", $"The range is reversed: from {JsonAnswer.Iso(a)} is after to {JsonAnswer.Iso(b)}.");
        }

        if (PlanInput.Read(request, protocols, problems) is not { } input)
        {
            return problems.ToResult();
        }

        CareSchedule schedule = input.Schedule;
        bool near = (from is not { } f || IsNearCourse(schedule, f, "from", problems)) & (to is not { } t || IsNearCourse(schedule, t, "to", problems));
        return near && !problems.Any ? TimelineAnswer(schedule, from, to) : problems.ToResult();
    }

    private static IResult Protocols(HttpRequest request, ICareProtocolCatalog protocols)
    {
        var problems = new InputProblems();
        PlanInput.CheckQuery(request, problems, plan: false);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        string defaultName = protocols.Names.First(name => ReferenceEquals(protocols.Get(name), protocols.Default));
        var answer = new ProtocolsResponse(defaultName, protocols.Names);
        return JsonAnswer.Of(writer => JsonSerializer.Serialize(writer, answer, WebJsonContext.Default.ProtocolsResponse));
    }

    private static IResult Rules(string name, HttpRequest request, ICareProtocolCatalog protocols)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: false, "culture"))
        {
            return problems.ToResult();
        }

        CultureInfo? culture = PlanInput.ReadCulture(request.Query, problems);
        if (problems.Any || culture is null)
        {
            return problems.ToResult();
        }

        if (!protocols.TryGet(name.Trim(), out CareProtocol? protocol))
        {
            problems.Add("name", $"The protocol '{InputProblems.Quote(name)}' is not registered; the registered names are {string.Join(", ", protocols.Names.Select(n => $"'{n}'"))}.");
            return problems.ToResult(StatusCodes.Status404NotFound, "The protocol is not registered.");
        }

        var answer = new ProtocolRulesResponse(
            protocols.Names.First(n => ReferenceEquals(protocols.Get(n), protocol)),
            culture.Name,
            protocol.Rules.Select(r => new ProtocolRule(r.Id, r.Family.Name, CareAdviceJson.DirectiveWord(r.Directive), r.Text.Resolve(culture.Name))).ToArray());
        return JsonAnswer.Of(writer => JsonSerializer.Serialize(writer, answer, WebJsonContext.Default.ProtocolRulesResponse));
    }

    /// <summary>
    /// Lays out a range as smp-care does: from the start of <paramref name="from"/> (default: the first change, or the
    /// first session when nothing ever applies) to the end of <paramref name="to"/> (default: on for good, the last
    /// segment without end).
    /// </summary>
    private static IResult TimelineAnswer(CareSchedule schedule, LocalDate? from, LocalDate? to)
    {
        DateTimeZone zone = schedule.Zone;
        Instant start = from is { } f ? zone.AtStartOfDay(f).ToInstant() : schedule.Start ?? schedule.Plan.FirstSession.Instant;
        Instant? end = to is { } t ? zone.AtStartOfDay(t.PlusDays(1)).ToInstant() : null;
        if (from is null && end is { } e && start >= e)
        {
            start = zone.AtStartOfDay(to!.Value).ToInstant();
        }

        return JsonAnswer.Timeline(schedule, schedule.Timeline(start, end));
    }

    /// <summary>Checks that a date lies within <see cref="CareSchedule.MaxCourseDay"/> days of the first session, as the library requires.</summary>
    private static bool IsNearCourse(CareSchedule schedule, LocalDate date, string parameter, InputProblems problems)
    {
        long courseDay = Period.Between(schedule.Plan.FirstSession.Date, date, PeriodUnits.Days).Days;
        if (System.Math.Abs(courseDay) <= CareSchedule.MaxCourseDay)
        {
            return true;
        }

        problems.Add(parameter, string.Create(CultureInfo.InvariantCulture, $"The {parameter} {JsonAnswer.Iso(date)} is too far from the first session; give one within {CareSchedule.MaxCourseDay} days of {JsonAnswer.Iso(schedule.Plan.FirstSession.Date)}."));
        return false;
    }
}
