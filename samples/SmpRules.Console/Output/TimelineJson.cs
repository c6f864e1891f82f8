using System.IO;

namespace SmpRules.Cli.Output;

/// <summary>Writes the answer of <c>timeline</c> as JSON: the stable contract of docs/console.md.</summary>
internal static class TimelineJson
{
    public static void Write(TextWriter output, Timeline timeline) =>
        Json.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("zone", timeline.Schedule.Zone.Id);
            writer.WriteStartArray("segments");
            foreach (TimelineSegment segment in timeline.Segments)
            {
                writer.WriteStartObject();
                writer.WriteInstant("from", segment.From);
                writer.WriteInstant("until", segment.Until);
                writer.WriteStartArray("applies");
                foreach (string id in segment.Applies)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("suspended");
                foreach (string id in segment.Suspended)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
