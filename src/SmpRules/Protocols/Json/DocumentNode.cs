using System.Collections.Generic;

namespace SmpRules.Protocols.Json;

/// <summary>The JSON type of a <see cref="DocumentNode"/>.</summary>
internal enum DocumentNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value read from a protocol document, with the byte offset it starts at, so problems can point at it.</summary>
internal sealed class DocumentNode
{
    private DocumentNode(DocumentNodeKind kind, int offset, string? text)
    {
        Kind = kind;
        Offset = offset;
        Text = text;
    }

    public DocumentNodeKind Kind { get; }

    /// <summary>Gets the offset of the value's first byte in the document.</summary>
    public int Offset { get; }

    /// <summary>Gets a string's value, or a number's literal text.</summary>
    public string? Text { get; }

    /// <summary>Gets an object's properties in document order (duplicates included).</summary>
    public List<DocumentProperty> Properties { get; } = new();

    /// <summary>Gets an array's items.</summary>
    public List<DocumentNode> Items { get; } = new();

    public static DocumentNode Container(DocumentNodeKind kind, int offset) => new(kind, offset, null);

    public static DocumentNode Scalar(DocumentNodeKind kind, int offset, string? text) => new(kind, offset, text);

    /// <summary>Describes the type for messages: "an object", "a string", "null"...</summary>
    public string Describe() => Kind switch
    {
        DocumentNodeKind.Object => "an object",
        DocumentNodeKind.Array => "an array",
        DocumentNodeKind.String => "a string",
        DocumentNodeKind.Number => "a number",
        DocumentNodeKind.True => "true",
        DocumentNodeKind.False => "false",
        _ => "null",
    };
}

/// <summary>A property of a JSON object in a protocol document.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="NameOffset">The offset of the name's opening quote.</param>
/// <param name="Value">The property's value.</param>
internal readonly record struct DocumentProperty(string Name, int NameOffset, DocumentNode Value);
