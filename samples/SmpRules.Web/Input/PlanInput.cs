using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using NodaTime;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Web.Input;

/// <summary>
/// What every advice endpoint reads from the query string: the client's plan (<c>zone</c>, repeated <c>session</c>,
/// repeated <c>fact</c>), the <c>culture</c> of the texts and the <c>protocol</c>'s registered name; applied, a schedule.
/// </summary>
internal sealed class PlanInput
{
    private static readonly string[] PlanParameters = ["zone", "session", "fact", "culture", "protocol"];

    /// <summary>The culture of the texts when none is given.</summary>
    private static readonly CultureInfo DefaultCulture = CultureInfo.GetCultureInfo("en");

    private PlanInput(CareSchedule schedule, CultureInfo culture)
    {
        Schedule = schedule;
        Culture = culture;
    }

    public CareSchedule Schedule { get; }

    public CultureInfo Culture { get; }

    /// <summary>
    /// Reads the plan. Problems go into <paramref name="problems"/>, after those of the endpoint's own parameters;
    /// <paramref name="resolve"/> then reads what depends on the zone (such as a local instant). Returns
    /// <see langword="null"/> when the plan or the protocol cannot be read; callers check <paramref name="problems"/> too.
    /// </summary>
    public static PlanInput? Read(HttpRequest request, ICareProtocolCatalog protocols, InputProblems problems, Action<DateTimeZone>? resolve = null)
    {
        ScheduleCache? cache = request.HttpContext.RequestServices.GetService<ScheduleCache>();
        string? raw = request.QueryString.Value;
        if (cache is not null && cache.TryGetQuery(raw, out PlanInput? asked))
        {
            // The same query text as one read before without any problem: the same plan, culture and protocol.
            resolve?.Invoke(asked.Schedule.Zone);
            return asked;
        }

        IQueryCollection query = request.Query;
        string? key = cache is null ? null : ScheduleCache.KeyOf(query);
        if (key is not null && cache!.TryGet(key, out CareSchedule known))
        {
            // A plan given exactly so before was valid: only the culture and what depends on the zone remain to read.
            CultureInfo? knownCulture = ReadCulture(query, problems);
            resolve?.Invoke(known.Zone);
            return new PlanInput(known, knownCulture ?? CultureInfo.InvariantCulture);
        }

        // In the order the problems are reported.
        DateTimeZone? zone = ReadZone(query, problems);
        List<LocalDateTime>? sessions = ReadSessions(query, problems);
        ClientFacts? facts = ReadFacts(query, problems);
        CultureInfo? culture = ReadCulture(query, problems);
        CareProtocol? protocol = ReadProtocol(query, protocols, problems);

        if (zone is not null)
        {
            resolve?.Invoke(zone);
        }

        CarePlan? plan = null;
        if (zone is not null && sessions is not null && facts is not null)
        {
            try
            {
                plan = CarePlan.Create(zone, sessions, facts);
            }
            catch (CarePlanException e)
            {
                foreach (string problem in e.Problems)
                {
                    problems.Add("session", problem);
                }
            }
        }

        // A plan that could be read is applied even when other parameters have problems, so that checks which need the
        // schedule (a date too far from the course) are reported with the rest.
        if (plan is null || protocol is null)
        {
            return null;
        }

        CareSchedule schedule = protocol.Apply(plan);
        var input = new PlanInput(schedule, culture ?? CultureInfo.InvariantCulture);
        if (key is not null && !problems.Any)
        {
            cache!.Add(key, schedule);
            if (raw is not null && OnlyPlanParameters(query))
            {
                cache.AddQuery(raw, input);
            }
        }

        return input;
    }

    /// <summary>
    /// Checks the query string as a whole before anything is read from it: its length, and that every parameter is one
    /// the endpoint knows (the plan's, and <paramref name="own"/>). Returns <see langword="false"/> when it is too long
    /// to read at all.
    /// </summary>
    public static bool CheckQuery(HttpRequest request, InputProblems problems, bool plan, params string[] own)
    {
        if (plan && request.HttpContext.RequestServices.GetService<ScheduleCache>() is { } cache && cache.TryGetQuery(request.QueryString.Value, out _))
        {
            // Read before without any problem, and it held only plan parameters, which every plan endpoint takes.
            return true;
        }

        int length = request.QueryString.Value?.Length ?? 0;
        if (length > Limits.MaxQueryLength)
        {
            problems.Add("query", string.Create(CultureInfo.InvariantCulture, $"The query string is {length} characters long; send at most {Limits.MaxQueryLength}."));
            return false;
        }

        // Every key is checked against the known names without allocating (this runs on every request); the message,
        // for the first few unknown ones, lists them.
        int unknown = 0;
        foreach (string name in request.Query.Keys)
        {
            if ((plan && Array.IndexOf(PlanParameters, name) >= 0) || Array.IndexOf(own, name) >= 0)
            {
                continue;
            }

            if (unknown++ == 5)
            {
                break;
            }

            string[] known = plan ? [.. PlanParameters, .. own] : own;
            problems.Add(name, known.Length == 0
                ? $"The query parameter '{InputProblems.Quote(name)}' is not known; this endpoint takes no parameters."
                : $"The query parameter '{InputProblems.Quote(name)}' is not known; use {string.Join(", ", known)}.");
        }

        return true;
    }

    /// <summary>The culture of the texts (<c>en</c> when none is given), or <see langword="null"/> when the one given is not known.</summary>
    public static CultureInfo? ReadCulture(IQueryCollection query, InputProblems problems) =>
        Single(query, "culture", problems) is { } text ? ValueParsers.Culture(text, problems) : DefaultCulture;

    /// <summary>Whether every parameter of the query is one of the plan's (so that any plan endpoint takes it as it is).</summary>
    private static bool OnlyPlanParameters(IQueryCollection query)
    {
        foreach (string name in query.Keys)
        {
            if (Array.IndexOf(PlanParameters, name) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value of a parameter that may be given at most once, or <see langword="null"/> when it is absent or repeated.</summary>
    public static string? Single(IQueryCollection query, string name, InputProblems problems)
    {
        StringValues values = query[name];
        if (values.Count > 1)
        {
            problems.Add(name, string.Create(CultureInfo.InvariantCulture, $"The {name} parameter is given {values.Count} times; give it once."));
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }

    private static DateTimeZone? ReadZone(IQueryCollection query, InputProblems problems)
    {
        if (query["zone"].Count == 0)
        {
            problems.Add("zone", "A zone is needed: give the plan's IANA time zone, such as zone=Europe/London.");
            return null;
        }

        if (Single(query, "zone", problems) is not { } id)
        {
            return null;
        }

        try
        {
            return CarePlan.FindZone(id.Trim());
        }
        catch (CarePlanException)
        {
            problems.Add("zone", $"The time zone '{InputProblems.Quote(id)}' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
            return null;
        }
    }

    private static List<LocalDateTime>? ReadSessions(IQueryCollection query, InputProblems problems)
    {
        StringValues texts = query["session"];
        if (texts.Count == 0)
        {
            problems.Add("session", "A session is needed: give at least one session parameter with the local date and time of a treatment session, such as session=2026-11-20T10:00.");
            return null;
        }

        if (texts.Count > Limits.MaxSessions)
        {
            problems.Add("session", string.Create(CultureInfo.InvariantCulture, $"There are {texts.Count} sessions; a plan may have at most {Limits.MaxSessions}."));
            return null;
        }

        var sessions = new List<LocalDateTime>(texts.Count);
        for (int i = 0; i < texts.Count; i++)
        {
            if (ValueParsers.Session(texts[i] ?? string.Empty, i + 1, problems) is { } session)
            {
                sessions.Add(session);
            }
        }

        return sessions.Count == texts.Count ? sessions : null;
    }

    private static ClientFacts? ReadFacts(IQueryCollection query, InputProblems problems)
    {
        StringValues texts = query["fact"];
        if (texts.Count > Limits.MaxFacts)
        {
            problems.Add("fact", string.Create(CultureInfo.InvariantCulture, $"There are {texts.Count} facts; give at most {Limits.MaxFacts}."));
            return null;
        }

        ClientFacts facts = ClientFacts.Empty;
        bool valid = true;
        foreach (string? text in texts)
        {
            if (ValueParsers.Fact(text ?? string.Empty, problems) is { } fact)
            {
                facts = facts.With(fact.Key, fact.Value);
            }
            else
            {
                valid = false;
            }
        }

        return valid ? facts : null;
    }

    private static CareProtocol? ReadProtocol(IQueryCollection query, ICareProtocolCatalog protocols, InputProblems problems)
    {
        if (query["protocol"].Count == 0)
        {
            return protocols.Default;
        }

        if (Single(query, "protocol", problems) is not { } name)
        {
            return null;
        }

        if (protocols.TryGet(name.Trim(), out CareProtocol? protocol))
        {
            return protocol;
        }

        problems.Add("protocol", $"The protocol '{InputProblems.Quote(name)}' is not registered; the registered names are {string.Join(", ", protocols.Names.Select(n => $"'{n}'"))}.");
        return null;
    }
}
