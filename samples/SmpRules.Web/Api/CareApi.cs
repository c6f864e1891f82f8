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
        return JsonAnswer.Advice(input.Schedule.Now(clock), input.Culture);
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
        return TypedResults.Ok(new ProtocolsResponse(defaultName, protocols.Names));
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
