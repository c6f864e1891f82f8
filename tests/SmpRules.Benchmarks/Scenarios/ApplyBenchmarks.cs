using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>Scenario 1: apply the Standard protocol to plans of 1, 4 and 20 sessions (build the whole schedule).</summary>
/// <remarks>Ratio: how many hand-written one-shot answers one <c>Apply</c> costs; it tells when caching a schedule pays.</remarks>
[MemoryDiagnoser]
public class ApplyBenchmarks
{
    private CarePlan _plan = null!;
    private Instant _instant;

    /// <summary>Gets or sets the number of sessions.</summary>
    [Params(1, 4, 20)]
    public int Sessions { get; set; }

    /// <summary>Builds the plan.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = BenchmarkData.Plan(Sessions);
        _instant = BenchmarkData.QueryInstant(_plan);
    }

    /// <summary>The hand-written one-shot answer, for scale.</summary>
    [Benchmark(Baseline = true)]
    public RuleVerdict[] HandWrittenOneShot() => HandWrittenStandard.Answer(_plan, _instant);

    /// <summary>Applies the Standard protocol.</summary>
    [Benchmark]
    public CareSchedule Apply() => StandardProtocol.Instance.Apply(_plan);
}
