using System.Collections.Generic;
using SmpRules.Rules;

namespace SmpRules.Protocols.Json;

/// <summary>Reads a condition on client facts: <c>{"fact", "equals"}</c>, <c>{"fact", "present": true}</c>, <c>{"and"}</c>, <c>{"or"}</c>, <c>{"not"}</c>.</summary>
internal static class ConditionReader
{
    public const string Expected =
        "an object (a condition such as {\"fact\": \"skin-type\", \"equals\": \"very-fair\"}, {\"fact\": \"scabs\", \"present\": true}, or {\"and\": [...]}, {\"or\": [...]} or {\"not\": {...}})";

    private static readonly string[] Composites = ["and", "or", "not"];

    public static FactCondition? Read(DocumentContext context, DocumentNode node, string path)
    {
        if (!context.Expect(node, DocumentNodeKind.Object, path, Expected))
        {
            return null;
        }

        foreach (string keyword in Composites)
        {
            foreach (DocumentProperty property in node.Properties)
            {
                if (property.Name == keyword)
                {
                    return ReadComposite(context, node, path, keyword);
                }
            }
        }

        return ReadFact(context, node, path);
    }

    private static FactCondition? ReadComposite(DocumentContext context, DocumentNode node, string path, string keyword)
    {
        ObjectFields fields = context.Fields(node, path, $"an \"{keyword}\" condition", [keyword]);
        DocumentNode operands = fields.Get(keyword)!;
        string operandsPath = fields.PathOf(keyword);
        if (keyword == "not")
        {
            return Read(context, operands, operandsPath) is { } negated ? FactCondition.Not(negated) : null;
        }

        const string expected = "an array of one or more conditions";
        if (!context.Expect(operands, DocumentNodeKind.Array, operandsPath, expected))
        {
            return null;
        }

        if (operands.Items.Count == 0)
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, operandsPath, operands.Offset, $"Expected {expected}, but found an empty array.");
            return null;
        }

        var conditions = new FactCondition[operands.Items.Count];
        bool ok = true;
        for (int i = 0; i < conditions.Length; i++)
        {
            FactCondition? condition = Read(context, operands.Items[i], JsonPath.Index(operandsPath, i));
            ok &= condition is not null;
            conditions[i] = condition!;
        }

        return !ok ? null : keyword == "and" ? FactCondition.And(conditions) : FactCondition.Or(conditions);
    }

    private static FactCondition? ReadFact(DocumentContext context, DocumentNode node, string path)
    {
        int before = context.Problems.Count;
        ObjectFields fields = context.Fields(node, path, "a fact condition", FormatKeywords.FactConditionProperties);
        string? name = fields.Require("fact", "the name of a fact about the client, such as \"skin-type\"") is { } factNode
            ? context.ReadText(factNode, fields.PathOf("fact"), "a string (the name of a fact about the client, such as \"skin-type\")")
            : null;

        DocumentNode? equals = fields.Get("equals"), present = fields.Get("present");
        FactCondition? result = null;
        if (equals is not null && present is not null)
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, fields.PathOf("present"), fields.NameOffset("present"),
                "A fact condition has \"equals\" or \"present\", not both.");
        }
        else if (present is not null)
        {
            if (present.Kind != DocumentNodeKind.True)
            {
                context.Report(
                    present.Kind == DocumentNodeKind.False ? ProtocolProblemCode.JsonInvalidValue : ProtocolProblemCode.JsonWrongType,
                    fields.PathOf("present"),
                    present.Offset,
                    $"Expected true (the fact must be present), but found {present.Describe()}; to require that a fact is absent, use {{\"not\": {{\"fact\": ..., \"present\": true}}}}.");
            }
            else if (name is not null)
            {
                result = FactCondition.Present(name);
            }
        }
        else if (equals is not null)
        {
            string[]? values = ReadValues(context, equals, fields.PathOf("equals"));
            if (name is not null && values is not null)
            {
                result = FactCondition.Equal(name, values);
            }
        }
        else
        {
            context.Report(ProtocolProblemCode.JsonMissingProperty, fields.PathOf("equals"), node.Offset,
                "Missing \"equals\": expected the value the fact must have (a string) or the values it may have (an array of strings); or give \"present\": true.");
        }

        return context.Problems.Count == before ? result : null;
    }

    private static string[]? ReadValues(DocumentContext context, DocumentNode node, string path)
    {
        const string value = "a string (a value of the fact, such as \"very-fair\")";
        if (node.Kind != DocumentNodeKind.Array)
        {
            return context.ReadText(node, path, value + " or an array of such strings") is { } single ? [single] : null;
        }

        if (node.Items.Count == 0)
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, path, node.Offset, "Expected an array of one or more values of the fact, but found an empty array.");
            return null;
        }

        var values = new List<string>(node.Items.Count);
        for (int i = 0; i < node.Items.Count; i++)
        {
            if (context.ReadText(node.Items[i], JsonPath.Index(path, i), value) is { } text)
            {
                values.Add(text);
            }
        }

        return values.Count == node.Items.Count ? values.ToArray() : null;
    }
}
