using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Protocols.Json;

/// <summary>Reads a rule of a document ("rules", "replace"), or a change to a rule of the protocol it extends ("change").</summary>
internal static class RuleReader
{
    public const string RuleExpected = "an object (a rule with \"id\", \"family\", \"directive\", \"window\" and \"text\")";

    public const string ChangeExpected = "an object (a change with the \"id\" of a rule and the properties to change)";

    private const string IdExpected = "a string (the rule's id, such as \"dry-period.keep-scalp-dry\")";

    /// <summary>Reads a whole rule; <see cref="RuleEntry.Rule"/> is null if it has any problem.</summary>
    public static RuleEntry ReadRule(DocumentContext context, DocumentNode node, string path, Vocabulary vocabulary)
    {
        if (!context.Expect(node, DocumentNodeKind.Object, path, RuleExpected))
        {
            return new RuleEntry { Node = node, Path = path };
        }

        int before = context.Problems.Count;
        ObjectFields fields = context.Fields(node, path, "a rule", FormatKeywords.RuleProperties);
        string? id = ReadId(context, fields, required: true);
        var entry = new RuleEntry { Id = id, Node = node, Path = path };
        string ruleName = RuleName(id, path);

        CareFamily? family = fields.Require("family", "a string (the rule's family, such as \"hygiene\")") is { } familyNode
            ? ReadFamily(context, familyNode, fields.PathOf("family"), vocabulary)
            : null;
        CareDirective? directive = fields.Require("directive", "one of \"do\", \"avoid\", \"limit\" or \"expect\"") is { } directiveNode
            ? ReadDirective(context, directiveNode, fields.PathOf("directive"))
            : null;
        CareWindow? window = fields.Require("window", WindowReader.Expected) is { } windowNode
            ? WindowReader.Read(context, windowNode, fields.PathOf("window"), ruleName, id)
            : null;
        CareText? text = fields.Require("text", "a string (the client-facing sentence)") is { } textNode
            ? ReadText(context, textNode, fields.PathOf("text"), fields)
            : null;
        ImmutableArray<CareActivity> activities = fields.Get("activities") is { } activitiesNode
            ? ReadActivities(context, activitiesNode, fields.PathOf("activities"), vocabulary, entry.Activities)
            : ImmutableArray<CareActivity>.Empty;
        ImmutableArray<string> suspendedBy = fields.Get("suspendedBy") is { } suspendedNode
            ? ReadSuspendedBy(context, suspendedNode, fields.PathOf("suspendedBy"), entry.SuspendedBy)
            : ImmutableArray<string>.Empty;
        FactCondition? condition = fields.Get("condition") is { } conditionNode
            ? ReadCondition(context, conditionNode, fields.PathOf("condition"))
            : null;

        if (context.Problems.Count == before && id is not null && family is not null && directive is not null && window is not null && text is not null)
        {
            entry.Rule = new CareRule
            {
                Id = id,
                Family = family.Value,
                Directive = directive.Value,
                Window = window,
                Text = text,
                Activities = activities,
                SuspendedBy = suspendedBy,
                Condition = condition,
            };
        }

        return entry;
    }

    /// <summary>Reads a change; returns the id of the rule to change and how to change it, or a null change if it has any problem.</summary>
    public static (string? Id, Func<CareRule, CareRule>? Change) ReadChange(
        DocumentContext context, DocumentNode node, string path, Vocabulary vocabulary, RuleEntry references)
    {
        if (!context.Expect(node, DocumentNodeKind.Object, path, ChangeExpected))
        {
            return (null, null);
        }

        int before = context.Problems.Count;
        ObjectFields fields = context.Fields(node, path, "a change", FormatKeywords.RuleProperties);
        string? id = ReadId(context, fields, required: true);
        string ruleName = RuleName(id, path);
        Func<CareRule, CareRule> change = r => r;

        if (fields.Get("family") is { } familyNode && ReadFamily(context, familyNode, fields.PathOf("family"), vocabulary) is { } family)
        {
            change = Then(change, r => r with { Family = family });
        }

        if (fields.Get("directive") is { } directiveNode && ReadDirective(context, directiveNode, fields.PathOf("directive")) is { } directive)
        {
            change = Then(change, r => r with { Directive = directive });
        }

        if (fields.Get("window") is { } windowNode && WindowReader.Read(context, windowNode, fields.PathOf("window"), ruleName, id) is { } window)
        {
            change = Then(change, r => r with { Window = window });
        }

        if (fields.Get("text") is { } textNode)
        {
            if (ReadText(context, textNode, fields.PathOf("text"), fields) is { } text)
            {
                change = Then(change, r => r with { Text = text });
            }
        }
        else if (fields.Get("translations") is { } translationsNode
                 && ReadTranslations(context, translationsNode, fields.PathOf("translations")) is { } translations)
        {
            change = Then(change, r => r with { Text = Translate(new CareText(r.Text.Default), translations) });
        }

        if (fields.Get("activities") is { } activitiesNode)
        {
            ImmutableArray<CareActivity> activities = ReadActivities(context, activitiesNode, fields.PathOf("activities"), vocabulary, references.Activities);
            change = Then(change, r => r with { Activities = activities });
        }

        if (fields.Get("suspendedBy") is { } suspendedNode)
        {
            ImmutableArray<string> suspendedBy = ReadSuspendedBy(context, suspendedNode, fields.PathOf("suspendedBy"), references.SuspendedBy);
            change = Then(change, r => r with { SuspendedBy = suspendedBy });
        }

        if (fields.Get("condition") is { } conditionNode)
        {
            FactCondition? condition = ReadCondition(context, conditionNode, fields.PathOf("condition"));
            change = Then(change, r => r with { Condition = condition });
        }

        return (id, context.Problems.Count == before ? change : null);
    }

    private static Func<CareRule, CareRule> Then(Func<CareRule, CareRule> first, Func<CareRule, CareRule> second) => r => second(first(r));

    private static string RuleName(string? id, string path) => id is not null && NameRules.IsRuleId(id) ? $"Rule '{id}'" : $"The rule at {path}";

    private static string? ReadId(DocumentContext context, ObjectFields fields, bool required)
    {
        DocumentNode? node = required ? fields.Require("id", IdExpected) : fields.Get("id");
        if (node is null || context.ReadText(node, fields.PathOf("id"), IdExpected) is not { } id)
        {
            return null;
        }

        if (!NameRules.IsRuleId(id))
        {
            context.Report(
                ProtocolProblemCode.InvalidRuleId,
                fields.PathOf("id"),
                node.Offset,
                $"Rule '{DocumentContext.Shorten(id)}' has an id that is not dot-separated kebab-case words such as 'dry-period.keep-scalp-dry'.",
                id);
        }

        return id;
    }

    private static CareFamily? ReadFamily(DocumentContext context, DocumentNode node, string path, Vocabulary vocabulary)
    {
        string? name = ReadName(context, node, path, "family", "dry-period", vocabulary.Families, "\"families\"", FormatKeywords.WellKnownFamilies);
        return name is null ? null : new CareFamily(name);
    }

    private static CareDirective? ReadDirective(DocumentContext context, DocumentNode node, string path) =>
        context.ReadKeyword(node, path, "what the rule asks of the client", FormatKeywords.Directives);

    private static ImmutableArray<CareActivity> ReadActivities(
        DocumentContext context, DocumentNode node, string path, Vocabulary vocabulary, List<RuleReference> references)
    {
        if (!context.Expect(node, DocumentNodeKind.Array, path, "an array of activity names, such as [\"washing\", \"sweating\"]"))
        {
            return ImmutableArray<CareActivity>.Empty;
        }

        references.Clear();
        var activities = ImmutableArray.CreateBuilder<CareActivity>(node.Items.Count);
        for (int i = 0; i < node.Items.Count; i++)
        {
            string itemPath = JsonPath.Index(path, i);
            if (ReadName(context, node.Items[i], itemPath, "activity", "sun", vocabulary.Activities, "\"activities\"", FormatKeywords.WellKnownActivities) is { } name)
            {
                activities.Add(new CareActivity(name));
                references.Add(new RuleReference(name, itemPath, node.Items[i].Offset));
            }
        }

        return activities.ToImmutable();
    }

    private static string? ReadName(
        DocumentContext context, DocumentNode node, string path, string kind, string example, HashSet<string> known, string declaration, string[] wellKnown)
    {
        if (context.ReadText(node, path, $"a string (a {kind} name, such as \"{example}\")") is not { } name)
        {
            return null;
        }

        if (!NameRules.IsKebab(name))
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, path, node.Offset,
                $"Expected a {kind} name in kebab case (lower-case letters and digits joined by hyphens, such as '{example}'), but found '{DocumentContext.Shorten(name)}'.");
            return null;
        }

        if (!known.Contains(name))
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, path, node.Offset,
                $"The {kind} '{DocumentContext.Shorten(name)}' is not a well-known one ({DocumentContext.Keywords(wellKnown)}) and is not declared in {declaration}; declare it there or correct the name.");
            return null;
        }

        return name;
    }

    private static CareText? ReadText(DocumentContext context, DocumentNode node, string path, ObjectFields rule)
    {
        string? text = context.ReadText(node, path, "a string (the client-facing sentence)");
        IReadOnlyList<(string Culture, string Text)>? translations = rule.Get("translations") is { } translationsNode
            ? ReadTranslations(context, translationsNode, rule.PathOf("translations"))
            : [];
        return text is null || translations is null ? null : Translate(new CareText(text), translations);
    }

    private static CareText Translate(CareText text, IReadOnlyList<(string Culture, string Text)> translations)
    {
        foreach ((string culture, string translation) in translations)
        {
            text = text.WithTranslation(culture, translation);
        }

        return text;
    }

    private static List<(string Culture, string Text)>? ReadTranslations(DocumentContext context, DocumentNode node, string path)
    {
        if (!context.Expect(node, DocumentNodeKind.Object, path, "an object of texts by culture name, such as {\"es\": \"...\", \"es-MX\": \"...\"}"))
        {
            return null;
        }

        int before = context.Problems.Count;
        var translations = new List<(string Culture, string Text)>(node.Properties.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (DocumentProperty property in node.Properties)
        {
            string itemPath = JsonPath.Property(path, property.Name);
            if (!CareText.IsCultureName(property.Name))
            {
                context.Report(ProtocolProblemCode.JsonInvalidValue, itemPath, property.NameOffset,
                    $"Expected a culture name such as \"es\" or \"es-MX\", but found '{DocumentContext.Shorten(property.Name)}'.");
            }
            else if (!seen.Add(property.Name))
            {
                context.Report(ProtocolProblemCode.JsonInvalidValue, itemPath, property.NameOffset,
                    $"The translation for '{property.Name}' is given twice (culture names ignore case); give it once.");
            }

            if (context.ReadText(property.Value, itemPath, "a string (the client-facing sentence in that culture)") is { } text)
            {
                translations.Add((property.Name, text));
            }
        }

        return context.Problems.Count == before ? translations : null;
    }

    private static ImmutableArray<string> ReadSuspendedBy(DocumentContext context, DocumentNode node, string path, List<RuleReference> references)
    {
        if (!context.Expect(node, DocumentNodeKind.Array, path, "an array of the ids of the rules that suspend this one"))
        {
            return ImmutableArray<string>.Empty;
        }

        references.Clear();
        var ids = ImmutableArray.CreateBuilder<string>(node.Items.Count);
        for (int i = 0; i < node.Items.Count; i++)
        {
            string itemPath = JsonPath.Index(path, i);
            if (context.ReadText(node.Items[i], itemPath, IdExpected) is { } id)
            {
                ids.Add(id);
                references.Add(new RuleReference(id, itemPath, node.Items[i].Offset));
            }
        }

        return ids.ToImmutable();
    }

    private static FactCondition? ReadCondition(DocumentContext context, DocumentNode node, string path) =>
        node.Kind == DocumentNodeKind.Null ? null : ConditionReader.Read(context, node, path);
}
