using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>Scenario 2: a query at an instant on an applied schedule, and the same on the non-allocating path, for 4 and 200 sessions.</summary>
/// <remarks>Target: at least 4 times faster than the hand-written one-shot (Ratio at most 0.25); 0 B allocated by <c>Lookup</c>.</remarks>
[MemoryDiagnoser]
public class QueryBenchmarks
{
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
        _schedule = StandardProtocol.Instance.Apply(_plan);
        _instant = BenchmarkData.QueryInstant(_plan);
        _ = _schedule.Transitions;
    }

    /// <summary>The hand-written one-shot answer from the plan.</summary>
    [Benchmark(Baseline = true)]
    public RuleVerdict[] HandWrittenOneShot() => HandWrittenStandard.Answer(_plan, _instant);

    /// <summary>An answer object to keep (<see cref="CareAdvice"/>).</summary>
    [Benchmark]
    public CareAdvice At() => _schedule.At(_instant);

    /// <summary>The non-allocating path: the same items, enumerated and read (status and governing session).</summary>
    [Benchmark]
    public int EnumerateAt()
    {
        int read = 0;
        foreach (CareAdviceItem item in _schedule.EnumerateAt(_instant))
        {
            read += item.Status == CareStatus.Applies ? item.Session.Number : -item.Session.Number;
        }

        return read;
    }
}
