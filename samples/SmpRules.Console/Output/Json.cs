using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace SmpRules.Cli.Output;

/// <summary>Writes JSON documents by hand (no reflection), indented, with readable non-ASCII text.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds a document with <paramref name="write"/> and writes it, followed by a new line.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Writes an instant as UTC in ISO 8601, such as <c>2026-11-20T10:00:00Z</c>.</summary>
    public static void WriteInstant(this Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a local date in ISO 8601, such as <c>2026-11-22</c>.</summary>
    public static void WriteDate(this Utf8JsonWriter writer, string name, LocalDate date) =>
        writer.WriteString(name, LocalDatePattern.Iso.Format(date));
}
