using System;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using SmpRules.Utility;

namespace SmpRules.Protocols.Json;

/// <summary>
/// Loads and saves care protocols as JSON documents (docs/protocol-format.md), so that a clinic can write its own
/// protocol, or change the Standard one, without recompiling anything.
/// </summary>
/// <remarks>
/// <para>Loading checks the whole document and reports every problem at once, in one <see cref="CareProtocolException"/>
/// whose <see cref="CareProtocolException.Problems"/> each give the JSON path, the line and column (1-based) and a sentence
/// saying what is expected there: malformed JSON, wrong types, unknown or missing properties, unknown names and ids,
/// an unsupported <c>formatVersion</c>, an unreadable file, and every problem <see cref="CareProtocolBuilder.Build"/> finds.
/// No other exception escapes a load, whatever the document holds; only a <see langword="null"/> argument throws
/// <see cref="ArgumentNullException"/>.</para>
/// <para>Saving writes a document complete in itself (a protocol that extended another is saved with all its rules).
/// For every protocol <c>p</c>, <c>Parse(Serialize(p))</c> equals <c>p</c>.</para>
/// <para>The reader is hand-written over <see cref="Utf8JsonReader"/> and the writer uses <see cref="Utf8JsonWriter"/>:
/// no reflection, so the package stays trimmable and AOT-compatible. All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// CareProtocol clinic = CareProtocolJson.LoadFile("protocols/evoke-smp.json");
/// string json = CareProtocolJson.Serialize(StandardProtocol.Instance);
/// </code>
/// </example>
public static class CareProtocolJson
{
    /// <summary>The version of the protocol format this library reads and writes, the document's <c>"formatVersion"</c>.</summary>
    public const int FormatVersion = DocumentReader.FormatVersion;

    private const string SchemaResource = "SmpRules.Protocols.Json.protocol.schema.json";

    /// <summary>Gets the JSON Schema (draft 2020-12) of format version 1, as shipped in the package (and kept in docs/protocol.schema.json).</summary>
    /// <remarks>The schema describes the shape of a document for editors and other tools; the loader also checks what a schema cannot, such as rule ids that exist and windows that do not end before they start.</remarks>
    public static string JsonSchema { get; } = ReadSchema();

    /// <summary>Loads a protocol from a JSON document, with the default options.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="CareProtocolException">The document has problems; the exception lists them all.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static CareProtocol Parse(string json) => Parse(json, CareProtocolJsonOptions.Default);

    /// <summary>Loads a protocol from a JSON document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to load it.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="CareProtocolException">The document has problems; the exception lists them all.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static CareProtocol Parse(string json, CareProtocolJsonOptions options)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckNotNull(options);

        // Characters are never fewer than UTF-8 bytes: a string too long in characters is too large in bytes.
        byte[] utf8 = json.Length > options.MaxDocumentSize ? Encoding.UTF8.GetBytes(json[..(options.MaxDocumentSize + 1)]) : Encoding.UTF8.GetBytes(json);
        return new DocumentLoader(options).LoadBytes(utf8, null);
    }

    /// <summary>Loads a protocol from a stream holding a UTF-8 JSON document, with the default options.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="CareProtocolException">The document has problems, or the stream cannot be read; the exception lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static CareProtocol Load(Stream utf8Json) => Load(utf8Json, CareProtocolJsonOptions.Default);

    /// <summary>Loads a protocol from a stream holding a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The stream, read to its end and not closed.</param>
    /// <param name="options">How to load it.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="CareProtocolException">The document has problems, or the stream cannot be read; the exception lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static CareProtocol Load(Stream utf8Json, CareProtocolJsonOptions options)
    {
        Preconditions.CheckNotNull(utf8Json);
        Preconditions.CheckNotNull(options);
        return new DocumentLoader(options).LoadStream(utf8Json, null);
    }

    /// <summary>Loads a protocol from a UTF-8 JSON file, with the default options; relative paths in <c>"extends"</c> resolve against the file's folder.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="CareProtocolException">The file cannot be read or has problems; the exception lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    public static CareProtocol LoadFile(string path) => LoadFile(path, CareProtocolJsonOptions.Default);

    /// <summary>Loads a protocol from a UTF-8 JSON file; relative paths in <c>"extends"</c> resolve against the file's folder.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">How to load it; its <see cref="CareProtocolJsonOptions.ExtendsResolver"/> is asked before any file is looked for.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="CareProtocolException">The file cannot be read or has problems; the exception lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static CareProtocol LoadFile(string path, CareProtocolJsonOptions options)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(options);
        return new DocumentLoader(options).LoadFile(path);
    }

    /// <summary>Writes a protocol as an indented JSON document.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is <see langword="null"/>.</exception>
    public static string Serialize(CareProtocol protocol)
    {
        Preconditions.CheckNotNull(protocol);
        using var buffer = new MemoryStream();
        Save(protocol, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a protocol to a stream as an indented UTF-8 JSON document, without a byte order mark.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="utf8Json">The stream, left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Save(CareProtocol protocol, Stream utf8Json)
    {
        Preconditions.CheckNotNull(protocol);
        Preconditions.CheckNotNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, DocumentWriter.Options))
        {
            DocumentWriter.Write(writer, protocol);
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a protocol to a file as an indented UTF-8 JSON document, replacing the file if it exists.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> or <paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static void SaveFile(CareProtocol protocol, string path)
    {
        Preconditions.CheckNotNull(protocol);
        Preconditions.CheckNotNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Save(protocol, stream);
    }

    private static string ReadSchema()
    {
        using Stream stream = typeof(CareProtocolJson).Assembly.GetManifestResourceStream(SchemaResource)
                              ?? throw new InvalidOperationException($"The resource '{SchemaResource}' is missing from the SmpRules assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
