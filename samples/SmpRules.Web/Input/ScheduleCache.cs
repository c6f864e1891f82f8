using System;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SmpRules.Scheduling;

namespace SmpRules.Web.Input;

/// <summary>
/// The schedules of the plans asked about lately, by the plan's parameters exactly as they were given (zone, sessions,
/// facts, protocol): a client's page asks about one plan many times (its day, its course, the next day), and a schedule
/// compiles its course once, so each later question on the plan reads the compiled course. Only plans that were valid
/// are kept; the same parameters are valid again. Bounded: when it holds <see cref="Capacity"/> plans it starts again.
/// </summary>
/// <remarks>
/// It also keeps, by the raw query string, the plans read from queries that held nothing but plan parameters and had no
/// problem at all: asked again exactly so (a page asks its day, the next day, the course...), such a query is neither
/// parsed nor checked again, since the same text gives the same plan, culture and protocol and has the same names.
/// </remarks>
internal sealed class ScheduleCache
{
    /// <summary>The most plans kept.</summary>
    public const int Capacity = 10_000;

    private static readonly string[] KeyParameters = ["zone", "session", "fact", "protocol"];

    /// <summary>The longest key kept, in characters.</summary>
    public const int MaxKeyLength = 2048;

    private readonly ConcurrentDictionary<string, CareSchedule> _schedules = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PlanInput> _queries = new(StringComparer.Ordinal);

    /// <summary>Gets how many plans are kept.</summary>
    public int Count => _schedules.Count;

    /// <summary>The key of a request's plan: its plan parameters' values as given, in order, or <see langword="null"/> when too long to keep.</summary>
    public static string? KeyOf(IQueryCollection query)
    {
        var key = new StringBuilder(128);
        foreach (string name in KeyParameters)
        {
            StringValues values = query[name];
            key.Append(name).Append('=').Append(values.Count).Append(';');
            foreach (string? value in values)
            {
                key.Append(value?.Length ?? 0).Append(':').Append(value).Append(';');
            }
        }

        return key.Length <= MaxKeyLength ? key.ToString() : null;
    }

    /// <summary>Gets the plan read before from exactly this raw query string (with its <c>?</c>), which held only plan parameters and had no problem.</summary>
    public bool TryGetQuery(string? query, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PlanInput? input)
    {
        input = null;
        return query is { Length: > 0 and <= MaxKeyLength } && _queries.TryGetValue(query, out input);
    }

    /// <summary>Keeps a plan read without any problem from a raw query string that held only plan parameters.</summary>
    public void AddQuery(string query, PlanInput input)
    {
        if (query.Length > MaxKeyLength)
        {
            return;
        }

        if (_queries.Count >= Capacity)
        {
            _queries.Clear();
        }

        _queries[query] = input;
    }

    public bool TryGet(string key, out CareSchedule schedule) => _schedules.TryGetValue(key, out schedule!);

    public void Add(string key, CareSchedule schedule)
    {
        if (_schedules.Count >= Capacity)
        {
            _schedules.Clear();
        }

        _schedules[key] = schedule;
    }
}
