using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>Scenario 7: a synthetic protocol of 64 rules (composed windows, suspension chains) over plans of 4 and 200 sessions.</summary>
/// <remarks>Baseline: <c>Lookup</c>, so Ratio says how many lookups the other operations cost. Target: a query grows at most 2x from 4 to 200 sessions; applying grows no faster than sessions x rules.</remarks>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private static readonly CareProtocol Protocol = BenchmarkData.Synthetic(64);
    private CarePlan _plan = null!;
    private CareSchedule _schedule = null!;
    private Instant _instant;

    /// <summary>Gets or sets the number of sessions.</summary>
    [Params(4, 200)]
    public int Sessions { get; set; }

    /// <summary>Builds the plan and applies the protocol.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = BenchmarkData.Plan(Sessions);
        _schedule = Protocol.Apply(_plan);
        _instant = BenchmarkData.QueryInstant(_plan);
        _ = _schedule.Transitions;
    }

    /// <summary>The non-allocating query on the compiled schedule, reading each item's status and governing session.</summary>
    [Benchmark(Baseline = true)]
    public int EnumerateAt()
    {
        int read = 0;
        foreach (CareAdviceItem item in _schedule.EnumerateAt(_instant))
        {
            read += item.Status == CareStatus.Applies ? item.Session.Number : -item.Session.Number;
        }

        return read;
    }

    /// <summary>The allocating query.</summary>
    [Benchmark]
    public CareAdvice At() => _schedule.At(_instant);

    /// <summary>A point question on a fresh schedule: apply (lazy), ask, no compiling.</summary>
    [Benchmark]
    public CareAdvice ApplyThenAt() => Protocol.Apply(_plan).At(_instant);

    /// <summary>Applies the 64-rule protocol and compiles the whole course.</summary>
    [Benchmark]
    public int CompileCourse() => Protocol.Apply(_plan).Transitions.Length;
}
