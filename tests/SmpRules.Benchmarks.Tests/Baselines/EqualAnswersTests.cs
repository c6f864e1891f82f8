using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines;
using SmpRules.Benchmarks.Data;

namespace SmpRules.Benchmarks.Tests.Baselines;

/// <summary>
/// Before any benchmark figure counts: every implementation the benchmarks compare gives the same answer (for each of the
/// 7 Standard rules, applies, suspended or absent, and the governing session) on the same cases.
/// </summary>
public sealed class EqualAnswersTests
{
    private static readonly IReadOnlyList<EquivalenceCase> Cases = EquivalenceCases.All();

    [Fact]
    public void Cases_CoverDstZonesMultiSessionPlansAndBoundaries_AreAFewHundredOrMore()
    {
        Cases.Count.Should().BeGreaterThanOrEqualTo(300);
        Cases.Select(c => c.Plan.Zone.Id).Distinct().Should().HaveCountGreaterThanOrEqualTo(8);
        Cases.Count(c => c.Plan.Sessions.Length >= 3).Should().BeGreaterThan(Cases.Count / 2);
        Cases.Select(c => SmpRulesStandard.ViaSchedule(c.Plan, c.Instant)).Select(StandardAnswer.Format).Distinct().Should().HaveCountGreaterThan(20);
    }

    [Fact]
    public void HandWritten_EveryCase_SameAnswerAsSmpRules()
    {
        AssertSameAnswers("hand-written", c => HandWrittenStandard.Answer(c.Plan, c.Instant));
    }

    [Fact]
    public void HandWrittenFromLocalTimes_EveryCase_SameAnswerAsSmpRules()
    {
        AssertSameAnswers(
            "hand-written from local times",
            c => HandWrittenStandard.Answer(c.Plan.Zone, c.Plan.Sessions.Select(s => s.LocalDateTime).ToArray(), c.Instant));
    }

    [Fact]
    public void RulesEngine_EveryCase_SameAnswerAsSmpRules()
    {
        var engine = new RulesEngineStandard();
        AssertSameAnswers("RulesEngine", c => engine.Answer(c.Plan, c.Instant));
    }

    [Fact]
    public void NRules_EveryCase_SameAnswerAsSmpRules()
    {
        var engine = new NRulesStandard();
        AssertSameAnswers("NRules", c => engine.Answer(c.Plan, c.Instant));
    }

    [Fact]
    public void CompiledSchedule_EveryCase_SameAnswerAsAPointQuestion()
    {
        AssertSameAnswers("a compiled CareSchedule", c => SmpRulesStandard.ViaCompiled(c.Plan, c.Instant));
    }

    [Fact]
    public void EnumerateAt_EveryCase_SameAnswerAsAt()
    {
        AssertSameAnswers("CareSchedule.EnumerateAt", c => SmpRulesStandard.ViaEnumerateAt(c.Plan, c.Instant));
    }

    [Fact]
    public void RawInputs_EveryCase_SameAnswerAsFromABuiltPlan()
    {
        AssertSameAnswers("README's path from raw inputs", c => SmpRulesStandard.FromRawInputs(
            c.Plan.Zone, c.Plan.Sessions.Select(s => s.LocalDateTime).Reverse().ToArray(), c.Instant));
    }

    private static void AssertSameAnswers(string implementation, Func<EquivalenceCase, RuleVerdict[]> answer)
    {
        var differences = new List<string>();
        foreach (EquivalenceCase c in Cases)
        {
            RuleVerdict[] expected = SmpRulesStandard.ViaSchedule(c.Plan, c.Instant);
            RuleVerdict[] actual = answer(c);
            if (!actual.SequenceEqual(expected))
            {
                differences.Add($"{c}: SmpRules says {StandardAnswer.Format(expected)} {implementation} says {StandardAnswer.Format(actual)}");
            }
        }

        differences.Should().BeEmpty($"{implementation} must answer every case as SmpRules does");
    }
}
