using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Protocols.Json;

/// <summary>Writes a protocol as a document of format version 1, complete in itself (no "extends"), indented by two spaces.</summary>
internal static class DocumentWriter
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Texts stay readable (accents, quotes); the document is a file, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter writer, CareProtocol protocol)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", DocumentReader.FormatVersion);
        writer.WriteString("name", protocol.Name);
        if (protocol.Description.Length > 0)
        {
            writer.WriteString("description", protocol.Description);
        }

        writer.WriteString("defaultLanguage", protocol.DefaultLanguage);
        writer.WriteString("dayNumbering", FormatKeywords.Keyword(protocol.DayNumbering));
        WriteDeclarations(writer, "families", protocol.Rules.Select(r => r.Family.Name), FormatKeywords.WellKnownFamilies);
        WriteDeclarations(writer, "activities", protocol.Rules.SelectMany(r => r.Activities).Select(a => a.Name), FormatKeywords.WellKnownActivities);
        writer.WriteStartArray("rules");
        foreach (CareRule rule in protocol.Rules)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDeclarations(Utf8JsonWriter writer, string property, IEnumerable<string> used, string[] wellKnown)
    {
        List<string> custom = used.Except(wellKnown, System.StringComparer.Ordinal).Distinct(System.StringComparer.Ordinal).Order(System.StringComparer.Ordinal).ToList();
        if (custom.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(property);
        foreach (string name in custom)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private static void WriteRule(Utf8JsonWriter writer, CareRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("family", rule.Family.Name);
        writer.WriteString("directive", FormatKeywords.Keyword(rule.Directive));
        if (!rule.Activities.IsEmpty)
        {
            writer.WriteStartArray("activities");
            foreach (CareActivity activity in rule.Activities)
            {
                writer.WriteStringValue(activity.Name);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("window");
        WriteWindow(writer, rule.Window);
        writer.WriteString("text", rule.Text.Default);
        if (rule.Text.Translations.Count > 0)
        {
            writer.WriteStartObject("translations");
            foreach (KeyValuePair<string, string> translation in rule.Text.Translations)
            {
                writer.WriteString(translation.Key, translation.Value);
            }

            writer.WriteEndObject();
        }

        if (!rule.SuspendedBy.IsEmpty)
        {
            writer.WriteStartArray("suspendedBy");
            foreach (string id in rule.SuspendedBy)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        if (rule.Condition is not null)
        {
            writer.WritePropertyName("condition");
            WriteCondition(writer, rule.Condition);
        }

        writer.WriteEndObject();
    }

    private static void WriteWindow(Utf8JsonWriter writer, CareWindow window)
    {
        writer.WriteStartObject();
        if (window is CombinedWindow combined)
        {
            writer.WriteStartArray(FormatKeywords.Keyword(combined.Operation));
            WriteWindow(writer, combined.Left);
            WriteWindow(writer, combined.Right);
            writer.WriteEndArray();
        }
        else
        {
            var anchored = (AnchoredWindow)window;
            writer.WriteString("anchor", FormatKeywords.Keyword(anchored.Anchor));
            writer.WriteNumber(anchored.Start.Unit == WindowUnit.Days ? "fromDay" : "fromHour", anchored.Start.Value);
            if (anchored.IsMixed)
            {
                writer.WriteString("endAnchor", FormatKeywords.Keyword(anchored.EndAnchor));
            }

            switch (anchored.End.Kind)
            {
                case WindowEndKind.EndOfDay:
                    writer.WriteNumber("toDay", anchored.End.Value);
                    break;
                case WindowEndKind.Hour:
                    writer.WriteNumber("toHour", anchored.End.Value);
                    break;
                default:
                    writer.WriteString("until", FormatKeywords.Keyword(anchored.End.Kind));
                    break;
            }

            if (anchored.IsMinimum)
            {
                writer.WriteBoolean("atLeast", true);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteCondition(Utf8JsonWriter writer, FactCondition condition)
    {
        writer.WriteStartObject();
        if (condition is FactValueCondition value)
        {
            writer.WriteString("fact", value.Name);
            if (value.Values.IsEmpty)
            {
                writer.WriteBoolean("present", true);
            }
            else if (value.Values.Length == 1)
            {
                writer.WriteString("equals", value.Values[0]);
            }
            else
            {
                writer.WriteStartArray("equals");
                foreach (string v in value.Values)
                {
                    writer.WriteStringValue(v);
                }

                writer.WriteEndArray();
            }
        }
        else
        {
            var composite = (FactCompositeCondition)condition;
            if (composite.Kind == FactConditionKind.Not)
            {
                writer.WritePropertyName("not");
                WriteCondition(writer, composite.Operands[0]);
            }
            else
            {
                writer.WriteStartArray(composite.Kind == FactConditionKind.And ? "and" : "or");
                foreach (FactCondition operand in composite.Operands)
                {
                    WriteCondition(writer, operand);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }
}
