using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Benchmarks.Scenarios;

/// <summary>Scenarios 3 and 4: a query on a local date, and a one-year timeline, on an applied 4-session schedule.</summary>
[MemoryDiagnoser]
public class DateAndTimelineBenchmarks
{
    private CarePlan _plan = null!;
    private CareSchedule _schedule = null!;
    private Instant _instant;
    private LocalDate _date;
    private Instant _yearStart;
    private Instant _yearEnd;

    /// <summary>Builds the plan and applies the protocol.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = BenchmarkData.Plan(4);
        _schedule = StandardProtocol.Instance.Apply(_plan);
        _ = _schedule.Transitions;
        _instant = BenchmarkData.QueryInstant(_plan);
        _date = _instant.InZone(_plan.Zone).Date;
        _yearStart = _plan.Zone.AtStartOfDay(_plan.FirstSession.Date).ToInstant();
        _yearEnd = _plan.Zone.AtStartOfDay(_plan.FirstSession.Date.PlusYears(1)).ToInstant();
    }

    /// <summary>The hand-written one-shot answer at an instant, for scale.</summary>
    [Benchmark(Baseline = true)]
    public RuleVerdict[] HandWrittenOneShot() => HandWrittenStandard.Answer(_plan, _instant);

    /// <summary>Scenario 3: what applies on a local date, with the part of the day for partial items.</summary>
    [Benchmark]
    public CareAdvice OnDate() => _schedule.On(_date);

    /// <summary>Scenario 4: the timeline of the first year from the first session's date.</summary>
    [Benchmark]
    public ImmutableArray<CareAdvice> OneYearTimeline() => _schedule.Timeline(_yearStart, _yearEnd);

    /// <summary>The timeline of ten years: the same changes, so it costs what one year costs.</summary>
    [Benchmark]
    public ImmutableArray<CareAdvice> TenYearTimeline() => _schedule.Timeline(_yearStart, _yearStart + Duration.FromDays(3653));
}
