using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using RulesEngine.Models;
using SmpRules.Benchmarks.Answers;
using SmpRules.Plans;

namespace SmpRules.Benchmarks.Baselines;

/// <summary>
/// The Standard protocol as a Microsoft RulesEngine workflow: three global parameters find the session that governs each
/// kind of window (0 when none covers the instant), and one rule per outcome (a rule that can be suspended has one rule
/// for "applies" and one for "suspended") outputs the governing session's number.
/// </summary>
public sealed class RulesEngineStandard
{
    private const string WorkflowName = "Standard";
    private const string SuspendedSuffix = "/suspended";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Builds the workflow; the engine compiles its expressions on first use and caches them.</summary>
    public RulesEngineStandard()
    {
        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            GlobalParams =
            [
                Governing("dry", "p.Today - s.Day <= 4"),
                Governing("healing", "p.Today - s.Day <= 28"),
                new ScopedParam { Name = "first", Expression = "p.Sessions[0].At <= p.Now ? 1 : 0" },
            ],
            Rules =
            [
                Rule(StandardAnswer.RuleIds[0], "dry > 0", "dry"),
                Rule(StandardAnswer.RuleIds[1], "dry > 0", "dry"),
                Rule(StandardAnswer.RuleIds[2], "healing > 0", "healing"),
                Rule(StandardAnswer.RuleIds[3], "first > 0 && dry == 0", "first"),
                Rule(StandardAnswer.RuleIds[3] + SuspendedSuffix, "first > 0 && dry > 0", "first"),
                Rule(StandardAnswer.RuleIds[4], "first > 0 && dry == 0", "first"),
                Rule(StandardAnswer.RuleIds[4] + SuspendedSuffix, "first > 0 && dry > 0", "first"),
                Rule(StandardAnswer.RuleIds[5], "healing > 0", "healing"),
                Rule(StandardAnswer.RuleIds[6], "healing > 0 && dry == 0", "healing"),
                Rule(StandardAnswer.RuleIds[6] + SuspendedSuffix, "healing > 0 && dry > 0", "healing"),
            ],
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    /// <summary>Answers for a plan and an instant.</summary>
    public RuleVerdict[] Answer(CarePlan plan, Instant instant)
    {
        List<RuleResultTree> results = _engine
            .ExecuteAllRulesAsync(WorkflowName, new RuleParameter("p", EngineQuery.Of(plan, instant)))
            .AsTask().GetAwaiter().GetResult();
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        foreach (RuleResultTree result in results)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            if (result.ActionResult?.Exception is { } error)
            {
                throw new InvalidOperationException($"The rule '{result.Rule.RuleName}' failed to compute its output.", error);
            }

            string name = result.Rule.RuleName;
            bool suspended = name.EndsWith(SuspendedSuffix, StringComparison.Ordinal);
            int index = StandardAnswer.IndexOf(suspended ? name[..^SuspendedSuffix.Length] : name);
            int session = Convert.ToInt32(result.ActionResult!.Output, CultureInfo.InvariantCulture);
            answer[index] = new RuleVerdict(suspended ? Verdict.Suspended : Verdict.Applies, session);
        }

        return answer;
    }

    private static ScopedParam Governing(string name, string covers) => new()
    {
        Name = name,
        Expression = $"p.Sessions.Where(s => s.At <= p.Now && {covers}).Select(s => s.Number).DefaultIfEmpty(0).Max()",
    };

    private static Rule Rule(string name, string expression, string output) => new()
    {
        RuleName = name,
        Expression = expression,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Actions = new RuleActions
        {
            OnSuccess = new ActionInfo
            {
                Name = "OutputExpression",
                Context = new Dictionary<string, object> { ["expression"] = output },
            },
        },
    };
}

/// <summary>The input of the rule engines: the instant and the sessions as plain numbers (ticks, day numbers in the plan's zone).</summary>
public sealed class EngineQuery
{
    /// <summary>Gets the instant asked about, in Unix ticks.</summary>
    public long Now { get; init; }

    /// <summary>Gets the local date of the instant in the plan's zone, as a day number.</summary>
    public int Today { get; init; }

    /// <summary>Gets the sessions, in order.</summary>
    public EngineSession[] Sessions { get; init; } = [];

    /// <summary>Reads a plan and an instant.</summary>
    public static EngineQuery Of(CarePlan plan, Instant instant)
    {
        var sessions = new EngineSession[plan.Sessions.Length];
        for (int i = 0; i < sessions.Length; i++)
        {
            CareSession s = plan.Sessions[i];
            sessions[i] = new EngineSession { Number = s.Number, At = s.Instant.ToUnixTimeTicks(), Day = s.Date.ToDateOnly().DayNumber };
        }

        return new EngineQuery { Now = instant.ToUnixTimeTicks(), Today = instant.InZone(plan.Zone).Date.ToDateOnly().DayNumber, Sessions = sessions };
    }
}

/// <summary>A session for the rule engines.</summary>
public sealed class EngineSession
{
    /// <summary>Gets the session's number, from 1.</summary>
    public int Number { get; init; }

    /// <summary>Gets the session's instant, in Unix ticks.</summary>
    public long At { get; init; }

    /// <summary>Gets the session's local date, as a day number.</summary>
    public int Day { get; init; }
}
