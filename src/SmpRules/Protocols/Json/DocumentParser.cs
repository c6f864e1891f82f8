using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SmpRules.Protocols.Json;

/// <summary>
/// Reads a UTF-8 document into <see cref="DocumentNode"/>s with <see cref="Utf8JsonReader"/>, turning every syntax error
/// into one <see cref="ProtocolProblemCode.JsonSyntax"/> problem with its path, line and column.
/// </summary>
internal static class DocumentParser
{
    private const string LineNumberSuffix = " LineNumber:";

    /// <summary>Whether a document holds nothing but white space (a byte order mark included).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        ReadOnlySpan<byte> rest = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        return rest.Trim(" \t\r\n"u8).IsEmpty;
    }

    public static DocumentNode? Parse(ReadOnlySpan<byte> utf8, SourcePositions positions, int maxDepth, List<ProtocolProblem> problems)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = maxDepth + 2, // our own check below comes first and says where
        });
        var frames = new List<Frame>();
        DocumentNode? root = null;
        try
        {
            while (reader.Read())
            {
                int offset = (int)reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        Frame top = frames[^1];
                        top.PendingName = ReadString(ref reader);
                        top.PendingOffset = offset;
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        string path = CurrentPath(frames);
                        if (frames.Count >= maxDepth)
                        {
                            Report(problems, positions, path, offset, string.Create(
                                CultureInfo.InvariantCulture,
                                $"The document nests objects and arrays more than {maxDepth} levels deep here; a protocol never needs that many (see CareProtocolJsonOptions.MaxDepth)."));
                            return null;
                        }

                        var container = DocumentNode.Container(
                            reader.TokenType == JsonTokenType.StartObject ? DocumentNodeKind.Object : DocumentNodeKind.Array, offset);
                        root = Attach(frames, container) ?? root;
                        frames.Add(new Frame(container, path));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String:
                        root = Attach(frames, DocumentNode.Scalar(DocumentNodeKind.String, offset, ReadString(ref reader))) ?? root;
                        break;
                    case JsonTokenType.Number:
                        root = Attach(frames, DocumentNode.Scalar(DocumentNodeKind.Number, offset, Encoding.UTF8.GetString(reader.ValueSpan))) ?? root;
                        break;
                    case JsonTokenType.True:
                        root = Attach(frames, DocumentNode.Scalar(DocumentNodeKind.True, offset, null)) ?? root;
                        break;
                    case JsonTokenType.False:
                        root = Attach(frames, DocumentNode.Scalar(DocumentNodeKind.False, offset, null)) ?? root;
                        break;
                    case JsonTokenType.Null:
                        root = Attach(frames, DocumentNode.Scalar(DocumentNodeKind.Null, offset, null)) ?? root;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            if (IsBlank(utf8))
            {
                Report(problems, positions, "$", 0, "The document is empty: a protocol is a JSON object, such as { \"name\": \"My clinic\", \"extends\": \"standard\" }.");
                return null;
            }

            int offset = e.LineNumber is long line && e.BytePositionInLine is long column
                ? (int)Math.Min(positions.LineStart(line) + column, utf8.Length)
                : (int)reader.BytesConsumed;
            Report(problems, positions, CurrentPath(frames), offset, "The document is not well-formed JSON: " + WithoutPosition(e.Message));
            return null;
        }
        catch (InvalidUnicodeException e)
        {
            Report(problems, positions, CurrentPath(frames), e.Offset, "The document is not well-formed JSON: a string holds bytes or escapes that are not valid UTF-8 or UTF-16 text.");
            return null;
        }

        return root;
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reports invalid UTF-8 and lone surrogate escapes only when the string is decoded.
            throw new InvalidUnicodeException((int)reader.TokenStartIndex);
        }
    }

    private static DocumentNode? Attach(List<Frame> frames, DocumentNode node)
    {
        if (frames.Count == 0)
        {
            return node;
        }

        Frame top = frames[^1];
        if (top.Node.Kind == DocumentNodeKind.Object)
        {
            top.Node.Properties.Add(new DocumentProperty(top.PendingName!, top.PendingOffset, node));
            top.PendingName = null;
        }
        else
        {
            top.Node.Items.Add(node);
        }

        return null;
    }

    private static string CurrentPath(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return JsonPath.Root;
        }

        Frame top = frames[^1];
        if (top.Node.Kind == DocumentNodeKind.Array)
        {
            return JsonPath.Index(top.Path, top.Node.Items.Count);
        }

        return top.PendingName is null ? top.Path : JsonPath.Property(top.Path, top.PendingName);
    }

    private static void Report(List<ProtocolProblem> problems, SourcePositions positions, string path, int offset, string message)
    {
        (int line, int column) = positions.At(offset);
        problems.Add(new ProtocolProblem(ProtocolProblemCode.JsonSyntax, message, path: path, line: line, column: column));
    }

    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(LineNumberSuffix, StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).TrimEnd();
    }

    private sealed class Frame(DocumentNode node, string path)
    {
        public DocumentNode Node { get; } = node;

        public string Path { get; } = path;

        public string? PendingName { get; set; }

        public int PendingOffset { get; set; }
    }

    private sealed class InvalidUnicodeException(int offset) : Exception
    {
        public int Offset { get; } = offset;
    }
}
