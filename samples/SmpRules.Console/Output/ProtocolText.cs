using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SmpRules.Protocols;
using SmpRules.Rules;
using Spectre.Console;

namespace SmpRules.Cli.Output;

/// <summary>Writes a protocol for people: its settings, then each rule with its window, precedence, condition and text.</summary>
internal static class ProtocolText
{
    public static void Write(TextWriter output, CareProtocol protocol, CultureInfo culture)
    {
        IAnsiConsole console = Terminal.For(output);
        string[] translations = protocol.Rules.SelectMany(r => r.Text.Translations.Keys).Distinct(System.StringComparer.OrdinalIgnoreCase).Order(System.StringComparer.Ordinal).ToArray();
        string day = protocol.DayNumbering == DayNumbering.SessionDayIsOne ? "the session day is day 1" : "the session day is day 0";
        string languages = translations.Length == 0
            ? $"texts in {protocol.DefaultLanguage}"
            : $"texts in {protocol.DefaultLanguage} (translations: {string.Join(", ", translations)})";
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]Protocol {Markup.Escape(protocol.Name)}[/]: {protocol.Rules.Length} rules; {Markup.Escape(languages)}; {day}."));
        if (!string.IsNullOrWhiteSpace(protocol.Description))
        {
            console.MarkupLine(Markup.Escape(protocol.Description));
        }

        console.WriteLine();

        foreach (CareRule rule in protocol.Rules)
        {
            console.MarkupLine($"[bold]{Markup.Escape(rule.Id)}[/] ({Markup.Escape(rule.Family.Name)}, {Words.Directive(rule.Directive)})");
            var lines = new List<(string Label, string Value)>();
            if (!rule.Activities.IsEmpty)
            {
                lines.Add(("activities", string.Join(", ", rule.Activities.Select(a => a.Name))));
            }

            lines.Add(("window", rule.Window.ToString() ?? string.Empty));
            if (!rule.SuspendedBy.IsEmpty)
            {
                lines.Add(("suspended by", string.Join(", ", rule.SuspendedBy)));
            }

            if (rule.Condition is { } condition)
            {
                lines.Add(("only when", condition.ToString() ?? string.Empty));
            }

            lines.Add(("text", rule.Text.Resolve(culture.Name)));
            foreach ((string label, string value) in lines)
            {
                console.MarkupLine($"  [grey]{(label + ":").PadRight(14)}[/]{Markup.Escape(value)}");
            }

            console.WriteLine();
        }
    }
}
