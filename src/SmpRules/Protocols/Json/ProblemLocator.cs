using System;
using System.Collections.Generic;
using System.Linq;

namespace SmpRules.Protocols.Json;

/// <summary>
/// Points a problem of the protocol checks (<see cref="ProtocolValidator"/>) at the document, from the rule and member
/// the problem names: the entry of "activities" or "suspendedBy" it concerns, the member itself, or the rule; a problem
/// that only concerns rules of the base protocol points at "extends".
/// </summary>
internal sealed class ProblemLocator(DocumentContext context, List<RuleEntry> entries, string fallbackPath, int fallbackOffset)
{
    public ProtocolProblem Locate(ProtocolProblem problem)
    {
        // A contradiction points at the later rule of its pair (OtherRuleId) when the document has it.
        RuleEntry? rule = Find(problem.OtherRuleId) ?? Find(problem.RuleId);
        if (rule is null)
        {
            return context.Locate(problem, fallbackPath, fallbackOffset);
        }

        List<RuleReference>? references = problem.Member switch
        {
            "activities" => rule.Activities,
            "suspendedBy" => rule.SuspendedBy,
            _ => null,
        };
        foreach (RuleReference reference in references ?? [])
        {
            if (problem.Value is null || string.Equals(reference.Value, problem.Value, StringComparison.Ordinal))
            {
                return context.Locate(problem, reference.Path, reference.Offset);
            }
        }

        foreach (DocumentProperty property in rule.Node!.Properties)
        {
            if (property.Name == problem.Member)
            {
                return context.Locate(problem, JsonPath.Property(rule.Path!, property.Name), property.Value.Offset);
            }
        }

        return context.Locate(problem, rule.Path!, rule.Node!.Offset);
    }

    private RuleEntry? Find(string? id) => id is null ? null : entries.FirstOrDefault(e => e.FromDocument && e.Id == id);
}
