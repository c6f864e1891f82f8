using System.Linq;
using NodaTime;
using NRules;
using NRules.Fluent;
using SmpRules.Benchmarks.Answers;
using SmpRules.Benchmarks.Baselines.StandardRules;
using SmpRules.Plans;

namespace SmpRules.Benchmarks.Baselines;

/// <summary>
/// The Standard protocol as NRules rules over facts: the query (<see cref="EngineQuery"/>) and the sessions
/// (<see cref="EngineSession"/>) are inserted; window rules insert a <see cref="WindowCovers"/> fact naming the
/// governing session; outcome rules match those facts (with <c>Not</c>/<c>Exists</c> for suspension) and insert one
/// <see cref="RuleOutcome"/> per rule.
/// </summary>
public sealed class NRulesStandard
{
    private readonly ISessionFactory _factory;

    /// <summary>Compiles the rules (once; sessions are cheap to create from the factory).</summary>
    public NRulesStandard()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NRulesStandard).Assembly).Where(r => r.RuleType.Namespace == typeof(StandardRules.DryWindowRule).Namespace));
        _factory = repository.Compile();
    }

    /// <summary>Answers for a plan and an instant with a new rules session.</summary>
    public RuleVerdict[] Answer(CarePlan plan, Instant instant)
    {
        EngineQuery query = EngineQuery.Of(plan, instant);
        ISession session = _factory.CreateSession();
        session.Insert(query);
        session.InsertAll(query.Sessions);
        session.Fire();
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (RuleOutcome outcome in session.Query<RuleOutcome>())
        {
            answer[outcome.Rule] = new RuleVerdict(outcome.Verdict, outcome.Session);
        }

        return answer;
    }
}
