using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using SmpRules.Rules;
using SmpRules.Scheduling;
using Spectre.Console;

namespace SmpRules.Cli.Output;

/// <summary>Writes the answer of <c>timeline</c> for people: a chart with one row per rule and one column per day, then the segments.</summary>
internal static class TimelineText
{
    /// <summary>The most days the chart shows; longer ranges list their segments only.</summary>
    public const int MaxChartDays = 366;

    public const char AppliesMark = '█';
    public const char SuspendedMark = '░';
    public const char NeitherMark = '·';

    public static void Write(TextWriter output, Timeline timeline)
    {
        CareSchedule schedule = timeline.Schedule;
        DateTimeZone zone = schedule.Zone;
        int days = Period.DaysBetween(timeline.FirstDate, timeline.LastDate) + 1;
        int label = schedule.Protocol.Rules.Select(r => r.Id.Length).DefaultIfEmpty(4).Max() + 2;
        IAnsiConsole console = Terminal.For(output, label + Math.Min(days, MaxChartDays) + 2);

        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[bold]Timeline[/] {LocalText.Date(timeline.FirstDate)} to {LocalText.Date(timeline.LastDate)} ({Markup.Escape(zone.Id)}): course days {schedule.CourseDayOf(timeline.FirstDate)} to {schedule.CourseDayOf(timeline.LastDate)}"));
        console.MarkupLine(Markup.Escape(AdviceText.Describe(schedule)));
        console.WriteLine();

        if (days > MaxChartDays)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"The chart shows at most {MaxChartDays} days; narrow the range with --from and --to to see it."));
        }
        else
        {
            WriteChart(console, timeline, days, label);
        }

        console.WriteLine();
        console.MarkupLine("[bold underline]Segments[/]");
        if (timeline.Segments.IsEmpty)
        {
            console.MarkupLine("  Nothing applies in this range.");
            return;
        }

        foreach (TimelineSegment segment in timeline.Segments)
        {
            int fromDay = schedule.CourseDayOf(segment.From);
            string when = segment.Until is { } until
                ? string.Create(CultureInfo.InvariantCulture, $"{LocalText.DateTime(segment.From, zone)} to {LocalText.DateTime(until, zone)} (from course day {fromDay})")
                : string.Create(CultureInfo.InvariantCulture, $"{LocalText.DateTime(segment.From, zone)} onwards, for good (from course day {fromDay})");
            console.MarkupLine("  " + when);
            console.MarkupLine("    [green]applies:[/]   " + Markup.Escape(List(segment.Applies)));
            console.MarkupLine("    [yellow]suspended:[/] " + Markup.Escape(List(segment.Suspended)));
        }
    }

    private static void WriteChart(IAnsiConsole console, Timeline timeline, int days, int label)
    {
        CareSchedule schedule = timeline.Schedule;
        var marks = new Dictionary<string, char[]>(StringComparer.Ordinal);
        foreach (CareRule rule in schedule.Protocol.Rules)
        {
            marks[rule.Id] = Enumerable.Repeat(NeitherMark, days).ToArray();
        }

        for (int d = 0; d < days; d++)
        {
            foreach (CareAdviceItem item in schedule.On(timeline.FirstDate.PlusDays(d)).Items)
            {
                char[] row = marks[item.RuleId];
                if (item.Status == CareStatus.Applies)
                {
                    row[d] = AppliesMark;
                }
                else if (row[d] == NeitherMark)
                {
                    row[d] = SuspendedMark;
                }
            }
        }

        console.MarkupLine(Markup.Escape("course day".PadRight(label) + DayScale(schedule.CourseDayOf(timeline.FirstDate), days)));
        foreach (CareRule rule in schedule.Protocol.Rules)
        {
            console.MarkupLine(Markup.Escape(rule.Id.PadRight(label)) + Colour(marks[rule.Id]));
        }

        console.WriteLine();
        console.MarkupLine($"[green]{AppliesMark}[/] applies at some time of the day   [yellow]{SuspendedMark}[/] suspended   [grey]{NeitherMark}[/] neither");
    }

    /// <summary>A line of course-day numbers, each written where its column starts, every fifth day (where they fit).</summary>
    internal static string DayScale(int firstDay, int days)
    {
        var line = new StringBuilder(new string(' ', days + 8));
        int free = 0;
        for (int d = 0; d < days; d++)
        {
            int day = firstDay + d;
            if (d >= free && (day % 5 == 0 || d == 0))
            {
                string number = day.ToString(CultureInfo.InvariantCulture);
                line.Remove(d, number.Length).Insert(d, number);
                free = d + number.Length + 1;
            }
        }

        return line.ToString().TrimEnd();
    }

    private static string Colour(char[] row)
    {
        var text = new StringBuilder();
        int i = 0;
        while (i < row.Length)
        {
            int j = i;
            while (j < row.Length && row[j] == row[i])
            {
                j++;
            }

            string colour = row[i] == AppliesMark ? "green" : row[i] == SuspendedMark ? "yellow" : "grey";
            text.Append('[').Append(colour).Append(']').Append(row[i], j - i).Append("[/]");
            i = j;
        }

        return text.ToString();
    }

    private static string List(IEnumerable<string> ids)
    {
        string list = string.Join(", ", ids);
        return list.Length == 0 ? "-" : list;
    }
}
