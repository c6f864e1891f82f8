using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>
/// Scenario 5 from raw inputs: a zone, 4 local session times and an instant, as a request body carries them. SmpRules
/// builds and validates a <see cref="CarePlan"/> first (gaps, duplicates, ordering); the hand-written function maps the
/// local times itself and trusts them.
/// </summary>
[MemoryDiagnoser]
public class OneShotFromLocalTimesBenchmarks
{
    private LocalDateTime[] _sessions = null!;
    private Instant _instant;

    /// <summary>Makes the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sessions = BenchmarkData.Sessions(4);
        _instant = BenchmarkData.QueryInstant(BenchmarkData.Plan(4));
    }

    /// <summary>The floor: one hand-written function over the raw inputs.</summary>
    [Benchmark(Baseline = true)]
    public RuleVerdict[] HandWritten() => HandWrittenStandard.Answer(BenchmarkData.London, _sessions, _instant);

    /// <summary>Builds the plan only, to show its share.</summary>
    [Benchmark]
    public CarePlan CreatePlan() => CarePlan.Create(BenchmarkData.London, _sessions);

    /// <summary>Builds the plan, then the one-shot answer (<see cref="CareProtocol.AdviceAt"/>).</summary>
    [Benchmark]
    public CareSnapshot CreatePlanThenAdviceAt() => StandardProtocol.Instance.AdviceAt(CarePlan.Create(BenchmarkData.London, _sessions), _instant);

    /// <summary>Builds the plan, applies the protocol and asks the schedule.</summary>
    [Benchmark]
    public CareAdvice CreatePlanApplyThenAt() => StandardProtocol.Instance.Apply(CarePlan.Create(BenchmarkData.London, _sessions)).At(_instant);
}
