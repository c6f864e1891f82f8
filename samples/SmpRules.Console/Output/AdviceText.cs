using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Scheduling;
using Spectre.Console;

namespace SmpRules.Cli.Output;

/// <summary>Writes the answer of <c>day</c>, <c>on</c>, <c>at</c> and <c>now</c> for people: advice grouped by family.</summary>
internal static class AdviceText
{
    private const string Indent = "                        ";

    public static void Write(TextWriter output, CareSchedule schedule, AdviceQuery query, CareAdvice advice, CultureInfo culture)
    {
        IAnsiConsole console = Terminal.For(output);
        DateTimeZone zone = schedule.Zone;
        string date = Markup.Escape(LocalText.LongDate(advice.Date, culture));
        string heading = query.Instant is { } instant
            ? $"[bold]{(query.Kind == "now" ? "Now" : "At")} {LocalText.DateTime(instant, zone)}[/] in {Markup.Escape(zone.Id)} ({LocalText.Utc(instant)}): course day {advice.CourseDay}, {date}"
            : $"[bold]Course day {advice.CourseDay}[/]: {date} ({Markup.Escape(zone.Id)})";
        console.MarkupLine(heading);
        console.MarkupLine(Markup.Escape(Describe(schedule)));
        console.WriteLine();

        if (advice.Items.IsEmpty)
        {
            console.MarkupLine(query.Instant is null ? "Nothing applies on this day." : "Nothing applies at this instant.");
            return;
        }

        foreach (IGrouping<string, CareAdviceItem> family in advice.Items.GroupBy(i => i.Family.Name))
        {
            console.MarkupLine($"[bold underline]{Markup.Escape(family.Key)}[/]");
            foreach (CareAdviceItem item in family)
            {
                WriteItem(console, schedule, advice, item, culture);
            }

            console.WriteLine();
        }
    }

    /// <summary>Describes the plan and the protocol in one line, such as <c>Protocol Standard; session 1 on 2026-11-20 10:00.</c>.</summary>
    public static string Describe(CareSchedule schedule)
    {
        IEnumerable<string> sessions = schedule.Plan.Sessions.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"session {s.Number} on {LocalText.DateTime(s.Instant, schedule.Zone)}"));
        return $"Protocol {schedule.Protocol.Name}; {string.Join(", ", sessions)}.";
    }

    private static void WriteItem(IAnsiConsole console, CareSchedule schedule, CareAdvice advice, CareAdviceItem item, CultureInfo culture)
    {
        DateTimeZone zone = schedule.Zone;
        string status = item.Status == CareStatus.Applies ? "[green]applies  [/]" : "[yellow]suspended[/]";
        string directive = Words.Directive(item.Directive).PadRight(8);
        console.MarkupLine($"  {status}  {directive}   {Markup.Escape(item.GetText(culture.Name))}");

        CareSession session = item.Session;
        var facts = new List<string>
        {
            item.RuleId,
            string.Create(CultureInfo.InvariantCulture, $"session {session.Number}, day {schedule.Protocol.ToDisplayDay(item.SessionDay)}"),
        };
        if (item.PartOfDay is { } part)
        {
            facts.Add(PartOfDay(part, advice.Interval, zone));
        }

        if (item.Status == CareStatus.Suspended)
        {
            facts.Add($"suspended by {item.SuspendedBy!.Id}");
            facts.Add(item.ResumesAt is { } resumes
                ? $"resumes {LocalText.DateTime(resumes, zone)}"
                : $"until {LocalText.DateTime(item.Interval.End, zone)}, when its window ends");
        }
        else
        {
            facts.Add(item.Interval.HasEnd ? $"until {LocalText.DateTime(item.Interval.End, zone)}" : "for good");
        }

        console.MarkupLine(Indent + Markup.Escape(string.Join(" · ", facts)));
        console.MarkupLine(Indent + "[grey]why:[/] " + Markup.Escape(item.Explanation));
    }

    private static string PartOfDay(Interval part, Interval day, DateTimeZone zone)
    {
        if (part.Start == day.Start)
        {
            return $"this day until {LocalText.TimeOfDay(part.End, zone)}";
        }

        return part.End == day.End
            ? $"this day from {LocalText.TimeOfDay(part.Start, zone)}"
            : $"this day {LocalText.TimeOfDay(part.Start, zone)}-{LocalText.TimeOfDay(part.End, zone)}";
    }
}
