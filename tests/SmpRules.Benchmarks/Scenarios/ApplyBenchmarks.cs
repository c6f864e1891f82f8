using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>Scenario 1: compile the whole course of the Standard protocol for plans of 1, 4 and 20 sessions.</summary>
/// <remarks>Ratio: how many one-shot answers (README's path from raw inputs) one compiled course costs; target at most 200 at 20 sessions.</remarks>
[MemoryDiagnoser]
public class ApplyBenchmarks
{
    private LocalDateTime[] _sessions = null!;
    private CarePlan _plan = null!;
    private Instant _instant;

    /// <summary>Gets or sets the number of sessions.</summary>
    [Params(1, 4, 20)]
    public int Sessions { get; set; }

    /// <summary>Builds the plan.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sessions = BenchmarkData.Sessions(Sessions);
        _plan = CarePlan.Create(BenchmarkData.London, _sessions);
        _instant = BenchmarkData.QueryInstant(_plan);
    }

    /// <summary>The unit of scale: one answer through README's path from the raw inputs (plan, apply, ask).</summary>
    [Benchmark(Baseline = true)]
    public CareAdvice OneShot() => StandardProtocol.Instance.Apply(CarePlan.Create(BenchmarkData.London, _sessions)).At(_instant);

    /// <summary>Applies the Standard protocol and compiles the whole course (what dates, timelines and the next change need).</summary>
    [Benchmark]
    public int CompileCourse() => StandardProtocol.Instance.Apply(_plan).Transitions.Length;
}
