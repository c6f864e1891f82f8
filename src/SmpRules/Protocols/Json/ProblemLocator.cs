using System;
using System.Collections.Generic;
using System.Linq;
using SmpRules.Rules;

namespace SmpRules.Protocols.Json;

/// <summary>
/// Points the problems of the protocol checks (<see cref="ProtocolValidator"/>, as run by <see cref="CareProtocolBuilder.Build"/>)
/// at the document: at the rule's "suspendedBy" for a cycle, at the activity for a contradiction, at the rule otherwise;
/// a problem that only concerns rules of the base protocol points at "extends".
/// </summary>
internal sealed class ProblemLocator
{
    private readonly DocumentContext _context;
    private readonly List<RuleEntry> _entries;
    private readonly string _fallbackPath;
    private readonly int _fallbackOffset;
    private readonly List<(int Left, int Right, CareActivity Activity)> _contradictions;
    private int _nextContradiction;

    public ProblemLocator(DocumentContext context, List<RuleEntry> entries, string fallbackPath, int fallbackOffset)
    {
        _context = context;
        _entries = entries;
        _fallbackPath = fallbackPath;
        _fallbackOffset = fallbackOffset;
        _contradictions = FindContradictions(entries.Select(e => e.Rule!).ToList());
    }

    public ProtocolProblem Locate(ProtocolProblem problem)
    {
        if (problem.Code == ProtocolProblemCode.Contradiction && _nextContradiction < _contradictions.Count)
        {
            (int left, int right, CareActivity activity) = _contradictions[_nextContradiction++];
            RuleEntry? entry = _entries[right].FromDocument ? _entries[right] : _entries[left].FromDocument ? _entries[left] : null;
            if (entry is null)
            {
                return _context.Locate(problem, _fallbackPath, _fallbackOffset);
            }

            foreach (RuleReference reference in entry.Activities)
            {
                if (reference.Value == activity.Name)
                {
                    return _context.Locate(problem, reference.Path, reference.Offset);
                }
            }

            return _context.Locate(problem, entry.Path!, entry.Node!.Offset);
        }

        RuleEntry? rule = _entries.FirstOrDefault(e => e.FromDocument && problem.RuleId is not null && e.Id == problem.RuleId);
        if (rule is null)
        {
            return _context.Locate(problem, _fallbackPath, _fallbackOffset);
        }

        if (problem.Code == ProtocolProblemCode.PrecedenceCycle)
        {
            foreach (DocumentProperty property in rule.Node!.Properties)
            {
                if (property.Name == "suspendedBy")
                {
                    return _context.Locate(problem, JsonPath.Property(rule.Path!, "suspendedBy"), property.Value.Offset);
                }
            }
        }

        return _context.Locate(problem, rule.Path!, rule.Node!.Offset);
    }

    /// <summary>Lists the contradictions in the order <see cref="ProtocolValidator"/> reports them.</summary>
    private static List<(int Left, int Right, CareActivity Activity)> FindContradictions(List<CareRule> rules)
    {
        var found = new List<(int, int, CareActivity)>();
        for (int i = 0; i < rules.Count; i++)
        {
            for (int j = i + 1; j < rules.Count; j++)
            {
                CareRule a = rules[i], b = rules[j];
                bool opposite = (a.Directive == CareDirective.Do && b.Directive == CareDirective.Avoid)
                                || (a.Directive == CareDirective.Avoid && b.Directive == CareDirective.Do);
                if (!opposite || a.SuspendedBy.Contains(b.Id, StringComparer.Ordinal) || b.SuspendedBy.Contains(a.Id, StringComparer.Ordinal))
                {
                    continue;
                }

                foreach (CareActivity activity in a.Activities.Intersect(b.Activities).Where(x => x != default))
                {
                    found.Add((i, j, activity));
                }
            }
        }

        return found;
    }
}
