using System.Globalization;
using System.Linq;
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
    public static void MapCareApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api");
        api.MapGet("/day/{n}", Day);
        api.MapGet("/on/{date}", On);
        api.MapGet("/at/{instant}", At);
        api.MapGet("/now", Now);
        api.MapGet("/timeline", Timeline);
        api.MapGet("/protocols", Protocols);
        api.MapPost("/protocols/validate", ProtocolValidation.ValidateAsync);
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
        return Advice(input, AdviceQuery.ForDay(day.Value, schedule.DateOfCourseDay(day.Value)), schedule.OnCourseDay(day.Value));
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

        return Advice(input, AdviceQuery.ForDate(value), schedule.On(value));
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

        return Advice(input, AdviceQuery.ForInstant(at), schedule.At(at));
    }

    private static IResult Now(HttpRequest request, ICareProtocolCatalog protocols, IClock clock)
    {
        var problems = new InputProblems();
        if (!PlanInput.CheckQuery(request, problems, plan: true) || PlanInput.Read(request, protocols, problems) is not { } input || problems.Any)
        {
            return problems.ToResult();
        }

        // The clock from DI is the only place "now" is read.
        Instant now = clock.GetCurrentInstant();
        return Advice(input, AdviceQuery.ForNow(now), input.Schedule.At(now));
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
            problems.Add("from", $"The range is reversed: from {AdviceResponse.Iso(a)} is after to {AdviceResponse.Iso(b)}.");
        }

        if (PlanInput.Read(request, protocols, problems) is not { } input)
        {
            return problems.ToResult();
        }

        CareSchedule schedule = input.Schedule;
        bool near = (from is not { } f || IsNearCourse(schedule, f, "from", problems)) & (to is not { } t || IsNearCourse(schedule, t, "to", problems));
        return near && !problems.Any ? TypedResults.Ok(TimelineResponse.Create(schedule, from, to)) : problems.ToResult();
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
        return TypedResults.Ok(new ProtocolsResponse(defaultName, protocols.Names));
    }

    private static IResult Advice(PlanInput input, AdviceQuery query, CareAdvice advice) =>
        TypedResults.Ok(AdviceResponse.Create(input.Schedule, query, advice, input.Culture));

    /// <summary>Checks that a date lies within <see cref="CareSchedule.MaxCourseDay"/> days of the first session, as the library requires.</summary>
    private static bool IsNearCourse(CareSchedule schedule, LocalDate date, string parameter, InputProblems problems)
    {
        long courseDay = Period.Between(schedule.Plan.FirstSession.Date, date, PeriodUnits.Days).Days;
        if (System.Math.Abs(courseDay) <= CareSchedule.MaxCourseDay)
        {
            return true;
        }

        problems.Add(parameter, string.Create(CultureInfo.InvariantCulture, $"The {parameter} {AdviceResponse.Iso(date)} is too far from the first session; give one within {CareSchedule.MaxCourseDay} days of {AdviceResponse.Iso(schedule.Plan.FirstSession.Date)}."));
        return false;
    }
}
