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
    private CareSchedule _schedule = null!;

    /// <summary>Makes the inputs, and one applied, compiled schedule for the repeated question.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _sessions = BenchmarkData.Sessions(4);
        _instant = BenchmarkData.QueryInstant(BenchmarkData.Plan(4));
        _schedule = StandardProtocol.Instance.Apply(CarePlan.Create(BenchmarkData.London, _sessions));
        _ = _schedule.Transitions;
    }

    /// <summary>The floor: one hand-written function over the raw inputs (it maps the local times itself).</summary>
    [Benchmark(Baseline = true)]
    public RuleVerdict[] HandWritten() => HandWrittenStandard.Answer(BenchmarkData.London, _sessions, _instant);

    /// <summary>Builds the plan only, to show its share.</summary>
    [Benchmark]
    public CarePlan CreatePlan() => CarePlan.Create(BenchmarkData.London, _sessions);

    /// <summary>README's path: build the plan, apply the protocol, ask at the instant.</summary>
    [Benchmark]
    public CareAdvice ReadmePath() => StandardProtocol.Instance.Apply(CarePlan.Create(BenchmarkData.London, _sessions)).At(_instant);

    /// <summary>A repeated question on a schedule applied (and compiled) once, read without allocating: each item's status and governing session.</summary>
    [Benchmark]
    public int RepeatedQuery()
    {
        int read = 0;
        foreach (CareAdviceItem item in _schedule.EnumerateAt(_instant))
        {
            read += item.Status == CareStatus.Applies ? item.Session.Number : -item.Session.Number;
        }

        return read;
    }
}
