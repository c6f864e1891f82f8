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
internal sealed class ScheduleCache
{
    /// <summary>The most plans kept.</summary>
    public const int Capacity = 10_000;

    private static readonly string[] KeyParameters = ["zone", "session", "fact", "protocol"];

    private readonly ConcurrentDictionary<string, CareSchedule> _schedules = new(StringComparer.Ordinal);

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

        return key.Length <= 2048 ? key.ToString() : null;
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
