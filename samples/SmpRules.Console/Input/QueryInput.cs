using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.TimeZones;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Input;

/// <summary>What a query command needs besides its own argument: the client's schedule, the culture and the output format.</summary>
internal sealed class QueryInput
{
    private QueryInput(CareSchedule schedule, CultureInfo culture, OutputFormat format)
    {
        Schedule = schedule;
        Culture = culture;
        Format = format;
    }

    public CareSchedule Schedule { get; }

    public CultureInfo Culture { get; }

    public OutputFormat Format { get; }

    public DateTimeZone Zone => Schedule.Zone;

    /// <summary>
    /// Reads the shared options. Problems go into <paramref name="problems"/>, after those of the command's own
    /// argument; <paramref name="resolve"/> then reads what depends on the zone (such as a local instant). Throws
    /// <see cref="BadInputException"/> listing every problem.
    /// </summary>
    public static QueryInput Read(ParseResult result, SharedOptions options, InputProblems problems, System.Action<DateTimeZone>? resolve = null)
    {
        CareProtocol? protocol = null;
        CarePlan? plan = ReadPlan(result, options, problems, resolve, out CultureInfo? culture, out OutputFormat? format,
            () => protocol = ProtocolFiles.LoadOrStandard(result.GetValue(options.Protocol), problems));
        problems.ThrowIfAny();
        return new QueryInput(protocol!.Apply(plan!), culture!, format!.Value);
    }

    /// <summary>
    /// Reads the plan (--zone, --session, --fact), the culture and the format, for a command with no --protocol; problems
    /// go into <paramref name="problems"/> (the caller throws). <paramref name="resolve"/> reads what depends on the zone.
    /// </summary>
    public static CarePlan? ReadPlan(
        ParseResult result,
        SharedOptions options,
        InputProblems problems,
        System.Action<DateTimeZone>? resolve,
        out CultureInfo? culture,
        out OutputFormat? format,
        System.Action? afterFacts = null)
    {
        format = ValueParsers.Format(result.GetValue(options.Format) ?? "text", problems);
        culture = ValueParsers.Culture(result.GetValue(options.Culture) ?? "en", problems);
        DateTimeZone? zone = ReadZone(result.GetValue(options.Zone), problems);

        string[] sessionTexts = result.GetValue(options.Session) ?? [];
        var sessions = new List<LocalDateTime>();
        foreach (string text in sessionTexts)
        {
            if (ValueParsers.Session(text, problems) is { } session)
            {
                sessions.Add(session);
            }
        }

        if (sessionTexts.Length == 0)
        {
            problems.Add("A session is needed: give at least one --session with the local date and time of a treatment session, such as --session 2026-11-20T10:00.");
        }

        ClientFacts facts = ClientFacts.Empty;
        foreach (string text in result.GetValue(options.Fact) ?? [])
        {
            if (ValueParsers.Fact(text, problems) is { } fact)
            {
                facts = facts.With(fact.Key, fact.Value);
            }
        }

        afterFacts?.Invoke();
        if (zone is not null)
        {
            resolve?.Invoke(zone);
        }

        CarePlan? plan = null;
        if (zone is not null && sessions.Count == sessionTexts.Length && sessions.Count > 0)
        {
            try
            {
                plan = CarePlan.Create(zone, sessions, facts);
            }
            catch (CarePlanException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        return plan;
    }

    private static DateTimeZone? ReadZone(string? id, InputProblems problems)
    {
        if (id is null)
        {
            try
            {
                return DateTimeZoneProviders.Tzdb.GetSystemDefault();
            }
            catch (DateTimeZoneNotFoundException)
            {
                problems.Add("The system's time zone has no IANA id that smp-care knows; give the plan's zone with --zone, such as --zone Europe/London.");
                return null;
            }
        }

        try
        {
            return CarePlan.FindZone(id);
        }
        catch (CarePlanException e)
        {
            problems.AddRange(e.Problems.Select(p => p));
            return null;
        }
    }
}
