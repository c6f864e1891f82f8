using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmpRules.Rules;
using SmpRules.Timing;

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
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidRuleId, $"{name} has an id that is not dot-separated kebab-case words such as 'dry-period.keep-scalp-dry'.", id) { Member = "id" });
        }

        if (rule.Family == default)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.MissingFamily, $"{name} has no family; give it one such as 'hygiene' or 'dry-period'.", id) { Member = "family" });
        }

        if (rule.Directive is < CareDirective.Do or > CareDirective.Expect)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidDirective, string.Create(CultureInfo.InvariantCulture, $"{name} has the directive {(int)rule.Directive}, which is not do, avoid, limit or expect."), id) { Member = "directive" });
        }

        if (rule.Text is null)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.MissingText, $"{name} has no text; give it the client-facing sentence.", id) { Member = "text" });
        }

        if (rule.Window is null)
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.MissingWindow, $"{name} has no window; say when it applies, such as CareWindow.Days(0, 4).", id) { Member = "window" });
        }
        else
        {
            var windowProblems = new List<string>();
            rule.Window.CollectProblems(windowProblems);
            foreach (string problem in windowProblems)
            {
                problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidWindow, $"{name} has {problem}.", id) { Member = "window" });
            }
        }

        if (rule.Activities.Any(a => a == default))
        {
            problems.Add(new ProtocolProblem(ProtocolProblemCode.InvalidActivity, $"{name} names an activity with no name.", id) { Member = "activities" });
        }

        foreach (string suspender in rule.SuspendedBy)
        {
            if (string.Equals(suspender, id, StringComparison.Ordinal))
            {
                problems.Add(new ProtocolProblem(ProtocolProblemCode.SelfSuspension, $"{name} is suspended by itself; a rule cannot suspend itself.", id) { Member = "suspendedBy", Value = suspender });
            }
            else if (suspender is null || !ids.Contains(suspender))
            {
                problems.Add(new ProtocolProblem(ProtocolProblemCode.UnknownRule, $"{name} is suspended by '{suspender}', but the protocol has no rule with that id.", id) { Member = "suspendedBy", Value = suspender });
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
                            rules[canonical[0]].Id)
                        {
                            Member = "suspendedBy",
                            Value = rules[canonical[1 % canonical.Count]].Id,
                        });
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

    /// <summary>
    /// A do and an avoid on one activity, with no precedence between them, are a contradiction when some plan makes
    /// both apply at one instant (their windows meet and their conditions can hold together): the problem names both
    /// rules, the activity and such a plan and instant. A pair whose windows or conditions never meet needs no precedence.
    /// </summary>
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
                    || b.SuspendedBy.Contains(a.Id, StringComparer.Ordinal)
                    || !IsValid(a.Window) || !IsValid(b.Window))
                {
                    continue;
                }

                CareActivity[] shared = a.Activities.Intersect(b.Activities).Where(x => x != default).ToArray();
                if (shared.Length == 0 || RuleOverlap.Find(a.Window, a.Condition, b.Window, b.Condition) is not { } meeting)
                {
                    continue;
                }

                CareRule doRule = a.Directive == CareDirective.Do ? a : b;
                CareRule avoidRule = a.Directive == CareDirective.Do ? b : a;
                string where = RuleOverlap.Describe(meeting);
                foreach (CareActivity activity in shared)
                {
                    problems.Add(new ProtocolProblem(
                        ProtocolProblemCode.Contradiction,
                        $"Rules '{doRule.Id}' (do) and '{avoidRule.Id}' (avoid) both govern '{activity}' and can apply at the same time with no precedence between them: "
                        + $"for instance {where}. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other.",
                        a.Id)
                    {
                        Member = "activities",
                        Value = activity.Name,
                        OtherRuleId = b.Id,
                    });
                }
            }
        }
    }

    /// <summary>Whether a window is there and has no problem of its own (only such windows are compared).</summary>
    private static bool IsValid(CareWindow? window)
    {
        if (window is null)
        {
            return false;
        }

        var problems = new List<string>();
        window.CollectProblems(problems);
        return problems.Count == 0;
    }

    /// <summary>
    /// The warnings of a set of rules, none of which stops a build: a rule that can never apply, a suspension that can
    /// never take effect, a text with no translation for a culture other rules' texts have. Rules with errors of their
    /// own are left out.
    /// </summary>
    internal static List<ProtocolProblem> Warnings(string defaultLanguage, IReadOnlyList<CareRule> rules)
    {
        var warnings = new List<ProtocolProblem>();
        var byId = new Dictionary<string, CareRule>(StringComparer.Ordinal);
        foreach (CareRule rule in rules)
        {
            if (rule.Id is not null)
            {
                byId.TryAdd(rule.Id, rule);
            }
        }

        foreach (CareRule rule in rules)
        {
            if (!IsValid(rule.Window))
            {
                continue;
            }

            if (RuleOverlap.JointFacts(rule.Condition, null) is null)
            {
                warnings.Add(Warning(ProtocolProblemCode.NeverApplies, $"Rule '{rule.Id}' can never apply: no client's facts satisfy its condition ({rule.Condition}).", rule.Id, "condition"));
                continue;
            }

            if (RuleOverlap.FindApplying(rule.Window, rule.Condition) is null)
            {
                warnings.Add(Warning(ProtocolProblemCode.NeverApplies, $"Rule '{rule.Id}' can never apply: its window ({rule.Window}) is empty for every plan.", rule.Id, "window"));
                continue;
            }

            foreach (string suspender in rule.SuspendedBy)
            {
                if (suspender is not null && byId.TryGetValue(suspender, out CareRule? by) && IsValid(by.Window)
                    && RuleOverlap.Find(rule.Window, rule.Condition, by.Window, by.Condition) is null)
                {
                    warnings.Add(Warning(
                        ProtocolProblemCode.IneffectiveSuspension,
                        $"Rule '{rule.Id}' is suspended by '{suspender}', but the two can never apply at the same time ({rule.Window}; {by.Window}), so the suspension never takes effect; remove it.",
                        rule.Id,
                        "suspendedBy",
                        suspender));
                }
            }
        }

        var cultures = new SortedSet<string>(rules.Where(r => r.Text is not null).SelectMany(r => r.Text.Translations.Keys), StringComparer.OrdinalIgnoreCase);
        foreach (CareRule rule in rules)
        {
            if (rule.Text is null)
            {
                continue;
            }

            foreach (string culture in cultures)
            {
                if (!Covers(rule.Text, culture, defaultLanguage))
                {
                    warnings.Add(Warning(
                        ProtocolProblemCode.MissingTranslation,
                        $"Rule '{rule.Id}' has no '{culture}' text, which other rules have: a client reading '{culture}' sees its default text.",
                        rule.Id,
                        "text",
                        culture));
                }
            }
        }

        return warnings;
    }

    /// <summary>Whether a text reads in a culture: its own translation, its language's, or the default language.</summary>
    private static bool Covers(CareText text, string culture, string defaultLanguage)
    {
        if (text.Translations.ContainsKey(culture))
        {
            return true;
        }

        int dash = culture.IndexOf('-', StringComparison.Ordinal);
        string language = dash < 0 ? culture : culture[..dash];
        int defaultDash = defaultLanguage.IndexOf('-', StringComparison.Ordinal);
        string defaultLanguageOnly = defaultDash < 0 ? defaultLanguage : defaultLanguage[..defaultDash];
        return text.Translations.ContainsKey(language) || string.Equals(language, defaultLanguageOnly, StringComparison.OrdinalIgnoreCase);
    }

    private static ProtocolProblem Warning(ProtocolProblemCode code, string message, string? ruleId, string member, string? value = null) =>
        new(code, message, ruleId) { Severity = ProtocolProblemSeverity.Warning, Member = member, Value = value };

    private static string JoinWords(IReadOnlyList<string> words) =>
        words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1];
}
