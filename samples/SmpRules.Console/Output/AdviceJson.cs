using System.Globalization;
using System.IO;
using System.Text.Json;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Output;

/// <summary>Writes the answer of <c>day</c>, <c>on</c>, <c>at</c> and <c>now</c> as JSON: the stable contract of docs/console.md.</summary>
internal static class AdviceJson
{
    public static void Write(TextWriter output, CareSchedule schedule, AdviceQuery query, CareAdvice advice, CultureInfo culture) =>
        Json.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("zone", schedule.Zone.Id);
            writer.WriteStartObject("query");
            writer.WriteString("kind", query.Kind);
            if (query.Day is { } day)
            {
                writer.WriteNumber("day", day);
            }

            if (query.Date is { } date)
            {
                writer.WriteDate("date", date);
            }

            if (query.Instant is { } instant)
            {
                writer.WriteInstant("instant", instant);
            }

            writer.WriteEndObject();
            writer.WriteNumber("courseDay", advice.CourseDay);
            writer.WriteStartArray("advice");
            foreach (CareAdviceItem item in advice.Items)
            {
                WriteItem(writer, item, culture);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteItem(Utf8JsonWriter writer, CareAdviceItem item, CultureInfo culture)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", item.RuleId);
        writer.WriteString("family", item.Family.Name);
        writer.WriteString("directive", Words.Directive(item.Directive));
        writer.WriteString("status", Words.Status(item.Status));
        writer.WriteString("text", item.GetText(culture.Name));
        writer.WriteNumber("session", item.Session.Number);
        writer.WriteNumber("sessionDay", item.SessionDay);
        writer.WriteInstant("from", item.Interval.HasStart ? item.Interval.Start : null);
        writer.WriteInstant("until", item.Interval.HasEnd ? item.Interval.End : null);
        if (item.SuspendedBy is { } suspender)
        {
            writer.WriteString("suspendedBy", suspender.Id);
        }
        else
        {
            writer.WriteNull("suspendedBy");
        }

        writer.WriteString("why", item.Explanation);
        writer.WriteEndObject();
    }
}
