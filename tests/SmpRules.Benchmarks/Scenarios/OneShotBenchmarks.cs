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
/// Scenario 5: one-shot, from a plan and an instant to the answer, as a stateless web request does; 4 sessions. Every
/// method gets the same inputs: a built <see cref="CarePlan"/> (zone, sessions as instants and local dates) and an
/// instant. Building the plan from raw inputs is measured apart, in <see cref="OneShotFromLocalTimesBenchmarks"/>.
/// </summary>
/// <remarks>Target: SmpRules at most 2 times the hand-written answer (Ratio at most 2).</remarks>
[MemoryDiagnoser]
public class OneShotBenchmarks
{
    private CarePlan _plan = null!;
    private Instant _instant;
    private RulesEngineStandard _rulesEngine = null!;
    private NRulesStandard _nrules = null!;

    /// <summary>Builds the plan and compiles the rule engines' rules (once, as an app would at start-up).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _plan = BenchmarkData.Plan(4);
        _instant = BenchmarkData.QueryInstant(_plan);
        _rulesEngine = new RulesEngineStandard();
        _nrules = new NRulesStandard();
        _rulesEngine.Answer(_plan, _instant);
        _nrules.Answer(_plan, _instant);
    }

    /// <summary>The floor: one hand-written function.</summary>
    [Benchmark(Baseline = true)]
    public RuleVerdict[] HandWritten() => HandWrittenStandard.Answer(_plan, _instant);

    /// <summary>SmpRules: apply (cheap, lazy) and ask at the instant; the course is not compiled.</summary>
    [Benchmark]
    public CareAdvice ApplyThenAt() => StandardProtocol.Instance.Apply(_plan).At(_instant);

    /// <summary>Microsoft RulesEngine 6.0.1: the Standard protocol as a workflow.</summary>
    [Benchmark]
    public RuleVerdict[] RulesEngine() => _rulesEngine.Answer(_plan, _instant);

    /// <summary>NRules 1.0.4: the Standard protocol as rules over facts, in a new session.</summary>
    [Benchmark]
    public RuleVerdict[] NRules() => _nrules.Answer(_plan, _instant);
}
