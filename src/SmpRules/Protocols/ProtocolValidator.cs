using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmpRules.Rules;

namespace SmpRules.Protocols;

/// <summary>Finds every problem of a set of rules, in a stable order: rule by rule, then duplicates, cycles and contradictions.</summary>
internal static class ProtocolValidator
{
    internal static List<ProtocolProblem> Validate(string name, string defaultLanguage, DayNumbering dayNumbering, IReadOnlyList<CareRule> rules)
    {
        var problems = new List<ProtocolProblem>();
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidProtocol, "The protocol has no name; give it one, such as the clinic's name."));
        }

        if (!CareText.IsCultureName(defaultLanguage))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidProtocol, $"The protocol's default language '{defaultLanguage}' is not a language tag; use one such as 'en' or 'es-MX'."));
        }

        if (dayNumbering is not (DayNumbering.SessionDayIsZero or DayNumbering.SessionDayIsOne))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidProtocol, $"The protocol's day numbering {(int)dayNumbering} is not SessionDayIsZero or SessionDayIsOne."));
        }

        var ids = new HashSet<string>(rules.Select(r => r.Id).Where(id => id is not null), StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            CheckRule(rules[i], i, ids, problems);
        }

        CheckDuplicates(rules, problems);
        CheckCycles(rules, problems);
        CheckContradictions(rules, problems);
        return problems;
    }

    private static string Name(CareRule rule, int index) =>
        string.IsNullOrWhiteSpace(rule.Id) ? string.Create(CultureInfo.InvariantCulture, $"Rule {index + 1}") : $"Rule '{rule.Id}'";

    private static void CheckRule(CareRule rule, int index, HashSet<string> ids, List<ProtocolProblem> problems)
    {
        string name = Name(rule, index);
        string? id = rule.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidRuleId, $"{name} has no id; give it one such as 'dry-period.keep-scalp-dry'."));
        }
        else if (!NameRules.IsRuleId(id))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidRuleId, $"{name} has an id that is not dot-separated kebab-case words such as 'dry-period.keep-scalp-dry'.", id));
        }

        if (rule.Family == default)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.MissingFamily, $"{name} has no family; give it one such as 'hygiene' or 'dry-period'.", id));
        }

        if (rule.Directive is < CareDirective.Do or > CareDirective.Expect)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidDirective, string.Create(CultureInfo.InvariantCulture, $"{name} has the directive {(int)rule.Directive}, which is not do, avoid, limit or expect."), id));
        }

        if (rule.Text is null)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.MissingText, $"{name} has no text; give it the client-facing sentence.", id));
        }

        if (rule.Window is null)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.MissingWindow, $"{name} has no window; say when it applies, such as CareWindow.Days(0, 4).", id));
        }
        else
        {
            var windowProblems = new List<string>();
            rule.Window.CollectProblems(windowProblems);
            foreach (string problem in windowProblems)
            {
                problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidWindow, $"{name} has {problem}.", id));
            }
        }

        if (rule.Activities.Any(a => a == default))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidActivity, $"{name} names an activity with no name.", id));
        }

        foreach (string suspender in rule.SuspendedBy)
        {
            if (string.Equals(suspender, id, StringComparison.Ordinal))
            {
                problems.Add(new ProtocolProblem(ProtocolProblemCode.SelfSuspension, $"{name} is suspended by itself; a rule cannot suspend itself.", id));
            }
            else if (suspender is null || !ids.Contains(suspender))
            {
                problems.Add(new ProtocolProblem(ProtocolProblemCode.UnknownRule, $"{name} is suspended by '{suspender}', but the protocol has no rule with that id.", id));
            }
        }
    }

    private static void CheckDuplicates(IReadOnlyList<CareRule> rules, List<ProtocolProblem> problems)
    {
        foreach (IGrouping<string, int> group in Enumerable.Range(0, rules.Count)
                     .Where(i => !string.IsNullOrWhiteSpace(rules[i].Id))
                     .GroupBy(i => rules[i].Id, StringComparer.Ordinal)
                     .Where(g => g.Count() > 1))
        {
            string positions = JoinWords(group.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture)).ToList());
            problems.Add(new ProtocolProblem(ProtocolProblemCode.DuplicateRuleId, $"The id '{group.Key}' is used by rules {positions}; rule ids must be unique.", group.Key));
        }
    }

    private static void CheckCycles(IReadOnlyList<CareRule> rules, List<ProtocolProblem> problems)
    {
        // Edges run from a rule to the rules that suspend it. Each cycle is reported once, from its first rule in protocol order.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id is not null)
            {
                index.TryAdd(rules[i].Id, i);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        var state = new int[rules.Count];
        var stack = new List<int>();

        void Visit(int node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (string next in rules[node].SuspendedBy)
            {
                if (next is null || !index.TryGetValue(next, out int target) || target == node)
                {
                    continue;
                }

                if (state[target] == 1)
                {
                    List<int> cycle = stack.Skip(stack.IndexOf(target)).ToList();
                    int smallest = cycle.IndexOf(cycle.Min());
                    List<int> canonical = cycle.Skip(smallest).Concat(cycle.Take(smallest)).ToList();
                    string key = string.Join(">", canonical);
                    if (reported.Add(key))
                    {
                        string chain = string.Join(" -> ", canonical.Append(canonical[0]).Select(i => $"'{rules[i].Id}'"));
                        problems.Add(new ProtocolProblem(
                            ProtocolProblemCode.PrecedenceCycle,
                            $"The rules {chain} form a suspension cycle: each is suspended by the next, so none of them could ever apply.",
                            rules[canonical[0]].Id));
                    }
                }
                else if (state[target] == 0)
                {
                    Visit(target);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }

        for (int i = 0; i < rules.Count; i++)
        {
            if (state[i] == 0)
            {
                Visit(i);
            }
        }
    }

    private static void CheckContradictions(IReadOnlyList<CareRule> rules, List<ProtocolProblem> problems)
    {
        for (int i = 0; i < rules.Count; i++)
        {
            for (int j = i + 1; j < rules.Count; j++)
            {
                CareRule a = rules[i], b = rules[j];
                bool opposite = (a.Directive == CareDirective.Do && b.Directive == CareDirective.Avoid)
                                || (a.Directive == CareDirective.Avoid && b.Directive == CareDirective.Do);
                if (!opposite
                    || a.SuspendedBy.Contains(b.Id, StringComparer.Ordinal)
                    || b.SuspendedBy.Contains(a.Id, StringComparer.Ordinal))
                {
                    continue;
                }

                foreach (CareActivity activity in a.Activities.Intersect(b.Activities).Where(x => x != default))
                {
                    CareRule doRule = a.Directive == CareDirective.Do ? a : b;
                    CareRule avoidRule = a.Directive == CareDirective.Do ? b : a;
                    problems.Add(new ProtocolProblem(
                        ProtocolProblemCode.Contradiction,
                        $"Rules '{doRule.Id}' (do) and '{avoidRule.Id}' (avoid) both govern '{activity}' with no precedence between them; add one to the other's SuspendedBy.",
                        a.Id));
                }
            }
        }
    }

    private static string JoinWords(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
}
