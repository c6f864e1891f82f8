using System.Collections.Immutable;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Tests.Support;

/// <summary>Small rules and protocols for tests.</summary>
internal static class TestRules
{
    internal static CareRule Rule(
        string id,
        CareWindow window,
        CareDirective directive = CareDirective.Limit,
        string[]? activities = null,
        string[]? suspendedBy = null,
        FactCondition? condition = null) => new()
    {
        Id = id,
        Family = new CareFamily("test"),
        Directive = directive,
        Window = window,
        Text = $"Text of {id}.",
        Activities = (activities ?? []).Select(a => new CareActivity(a)).ToImmutableArray(),
        SuspendedBy = (suspendedBy ?? []).ToImmutableArray(),
        Condition = condition,
    };

    internal static CareProtocol Protocol(params CareRule[] rules) => new CareProtocolBuilder("Test").AddRange(rules).Build();

    /// <summary>The ids of the rules that apply (not suspended) in an advice or segment's items.</summary>
    internal static string[] Applying(IEnumerable<SmpRules.Scheduling.CareAdviceItem> items) =>
        items.Where(i => i.Status == SmpRules.Scheduling.CareStatus.Applies).Select(i => i.RuleId).ToArray();
}
