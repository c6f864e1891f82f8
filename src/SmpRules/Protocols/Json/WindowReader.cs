using System.Collections.Generic;
using System.Globalization;
using SmpRules.Timing;

namespace SmpRules.Protocols.Json;

/// <summary>Reads a rule's window: an anchored window (from a day or hour to a day, an hour or an event), or two or more windows combined.</summary>
internal static class WindowReader
{
    private const string WindowExpected =
        "an object (a window such as {\"anchor\": \"each-session\", \"fromDay\": 0, \"toDay\": 4}, or {\"union\": [...]}, {\"intersection\": [...]} or {\"difference\": [...]})";

    public static string Expected => WindowExpected;

    /// <summary>Reads a window; reports every problem, including windows that are empty or end before they start.</summary>
    /// <param name="context">The document being read.</param>
    /// <param name="node">The window's node.</param>
    /// <param name="path">The window's path.</param>
    /// <param name="ruleName">How messages name the rule, such as <c>Rule 'hygiene.shampoo'</c>.</param>
    /// <param name="ruleId">The rule's id, if known.</param>
    public static CareWindow? Read(DocumentContext context, DocumentNode node, string path, string ruleName, string? ruleId)
    {
        if (!context.Expect(node, DocumentNodeKind.Object, path, WindowExpected))
        {
            return null;
        }

        foreach ((string keyword, WindowOperation operation) in FormatKeywords.Operations)
        {
            foreach (DocumentProperty property in node.Properties)
            {
                if (property.Name == keyword)
                {
                    return ReadCombined(context, node, path, keyword, operation, ruleName, ruleId);
                }
            }
        }

        return ReadAnchored(context, node, path, ruleName, ruleId);
    }

    private static CareWindow? ReadCombined(
        DocumentContext context, DocumentNode node, string path, string keyword, WindowOperation operation, string ruleName, string? ruleId)
    {
        ObjectFields fields = context.Fields(node, path, $"a {keyword} window", [keyword]);
        DocumentNode operands = fields.Get(keyword)!;
        string operandsPath = fields.PathOf(keyword);
        string expected = operation == WindowOperation.Difference
            ? "an array of exactly two windows: the window, then the window to take away from it"
            : "an array of two or more windows";
        if (!context.Expect(operands, DocumentNodeKind.Array, operandsPath, expected))
        {
            return null;
        }

        int count = operands.Items.Count;
        if (count < 2 || (operation == WindowOperation.Difference && count != 2))
        {
            context.Report(
                ProtocolProblemCode.JsonInvalidValue,
                operandsPath,
                operands.Offset,
                string.Create(CultureInfo.InvariantCulture, $"Expected {expected}, but found {count} {(count == 1 ? "window" : "windows")}."));
        }

        var windows = new List<CareWindow?>(count);
        for (int i = 0; i < count; i++)
        {
            windows.Add(Read(context, operands.Items[i], JsonPath.Index(operandsPath, i), ruleName, ruleId));
        }

        if (count < 2 || windows.Contains(null) || (operation == WindowOperation.Difference && count != 2))
        {
            return null;
        }

        CareWindow result = windows[0]!;
        for (int i = 1; i < count; i++)
        {
            result = operation switch
            {
                WindowOperation.Union => result.Union(windows[i]!),
                WindowOperation.Intersection => result.Intersect(windows[i]!),
                _ => result.Except(windows[i]!),
            };
        }

        return result;
    }

    private static AnchoredWindow? ReadAnchored(DocumentContext context, DocumentNode node, string path, string ruleName, string? ruleId)
    {
        int before = context.Problems.Count;
        ObjectFields fields = context.Fields(node, path, "a window", FormatKeywords.AnchoredWindowProperties);

        WindowAnchor anchor = WindowAnchor.EachSession;
        if (fields.Get("anchor") is { } anchorNode)
        {
            anchor = context.ReadKeyword(anchorNode, fields.PathOf("anchor"), "the session or sessions the window counts from", FormatKeywords.Anchors)
                     ?? anchor;
        }

        WindowAnchor endAnchor = anchor;
        if (fields.Get("endAnchor") is { } endAnchorNode)
        {
            endAnchor = context.ReadKeyword(endAnchorNode, fields.PathOf("endAnchor"), "the session or sessions the window's end counts from", FormatKeywords.Anchors)
                        ?? endAnchor;
        }

        bool atLeast = false;
        if (fields.Get("atLeast") is { } atLeastNode)
        {
            if (atLeastNode.Kind is DocumentNodeKind.True or DocumentNodeKind.False)
            {
                atLeast = atLeastNode.Kind == DocumentNodeKind.True;
            }
            else
            {
                context.Expect(atLeastNode, DocumentNodeKind.True, fields.PathOf("atLeast"), "true or false (whether the sheet gives the end as a minimum, \"at least\")");
            }
        }

        WindowStart? start = null;
        DocumentNode? fromDay = fields.Get("fromDay"), fromHour = fields.Get("fromHour");
        if (fromDay is not null && fromHour is not null)
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, fields.PathOf("fromHour"), fields.NameOffset("fromHour"),
                "A window starts once: give \"fromDay\" or \"fromHour\", not both.");
        }
        else if (fromDay is not null)
        {
            start = Days(context, fromDay, fields.PathOf("fromDay")) is int day ? WindowStart.Day(day) : null;
        }
        else if (fromHour is not null)
        {
            start = Hours(context, fromHour, fields.PathOf("fromHour")) is int hour ? WindowStart.Hour(hour) : null;
        }
        else
        {
            context.Report(ProtocolProblemCode.JsonMissingProperty, fields.PathOf("fromDay"), node.Offset,
                "Missing \"fromDay\": expected the day the window starts on (a whole number; day 0 starts at the session), or \"fromHour\" (elapsed hours from the session).");
        }

        WindowEnd? end = null;
        var ends = new List<string>(3);
        foreach (string name in (string[])["toDay", "toHour", "until"])
        {
            if (fields.Has(name))
            {
                ends.Add(name);
            }
        }

        if (ends.Count > 1)
        {
            context.Report(ProtocolProblemCode.JsonInvalidValue, fields.PathOf(ends[1]), fields.NameOffset(ends[1]),
                $"A window ends once: give one of \"toDay\", \"toHour\" or \"until\", not both \"{ends[0]}\" and \"{ends[1]}\".");
        }
        else if (ends.Count == 0)
        {
            context.Report(ProtocolProblemCode.JsonMissingProperty, fields.PathOf("toDay"), node.Offset,
                "Missing \"toDay\": expected the last day the window covers (a whole number), or \"toHour\" (elapsed hours from the session), or \"until\": \"open\", \"session\" or \"next-session\".");
        }
        else
        {
            string name = ends[0];
            DocumentNode value = fields.Get(name)!;
            string valuePath = fields.PathOf(name);
            end = name switch
            {
                "toDay" => Days(context, value, valuePath) is int day ? WindowEnd.EndOfDay(day) : null,
                "toHour" => Hours(context, value, valuePath) is int hour ? WindowEnd.Hour(hour) : null,
                _ => context.ReadKeyword(value, valuePath, "where the window ends", FormatKeywords.Untils) switch
                {
                    WindowEndKind.Open => WindowEnd.Open,
                    WindowEndKind.Session => WindowEnd.Session,
                    WindowEndKind.NextSession => WindowEnd.NextSession,
                    _ => null,
                },
            };
        }

        if (context.Problems.Count != before || start is null || end is null)
        {
            return null;
        }

        AnchoredWindow window = CareWindow.Create(anchor, start.Value, endAnchor, end.Value).AsMinimum(atLeast);
        var problems = new List<string>();
        window.CollectProblems(problems);
        foreach (string problem in problems)
        {
            // Every such problem compares the end with the start, so point at the end.
            context.Report(ProtocolProblemCode.InvalidWindow, fields.PathOf(ends[0]), fields.Get(ends[0])!.Offset, $"{ruleName} has {problem}.", ruleId);
        }

        return problems.Count == 0 ? window : null;
    }

    private static int? Days(DocumentContext context, DocumentNode node, string path) =>
        context.ReadWholeNumber(node, path, "days", -CareWindow.MaxDays, CareWindow.MaxDays);

    private static int? Hours(DocumentContext context, DocumentNode node, string path) =>
        context.ReadWholeNumber(node, path, "hours", -CareWindow.MaxHours, CareWindow.MaxHours);
}
