using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SmpRules.Protocols.Json;

/// <summary>What reading one protocol document needs everywhere: where things are, and the problems found so far.</summary>
internal sealed class DocumentContext
{
    private readonly SourcePositions _positions;

    public DocumentContext(SourcePositions positions)
    {
        _positions = positions;
    }

    public List<ProtocolProblem> Problems { get; } = new();

    public void Report(ProtocolProblemCode code, string path, int offset, string message, string? ruleId = null)
    {
        (int line, int column) = _positions.At(offset);
        Problems.Add(new ProtocolProblem(code, message, ruleId, path, line, column));
    }

    public ProtocolProblem Locate(ProtocolProblem problem, string path, int offset)
    {
        (int line, int column) = _positions.At(offset);
        return problem.At(path, line, column);
    }

    /// <summary>Checks a value's JSON type, reporting "Expected {expected}, but found {actual}." if it is wrong.</summary>
    public bool Expect(DocumentNode node, DocumentNodeKind kind, string path, string expected)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Report(ProtocolProblemCode.JsonWrongType, path, node.Offset, $"Expected {expected}, but found {node.Describe()}.");
        return false;
    }

    /// <summary>Reads a string that must not be empty or white space.</summary>
    public string? ReadText(DocumentNode node, string path, string expected)
    {
        if (!Expect(node, DocumentNodeKind.String, path, expected))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(node.Text))
        {
            Report(ProtocolProblemCode.JsonInvalidValue, path, node.Offset, $"Expected {expected}, but found an empty string.");
            return null;
        }

        return node.Text;
    }

    /// <summary>Reads a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? ReadWholeNumber(DocumentNode node, string path, string unit, int min, int max)
    {
        string expected = string.Create(CultureInfo.InvariantCulture, $"a whole number of {unit} from {min} to {max}");
        if (!Expect(node, DocumentNodeKind.Number, path, expected))
        {
            return null;
        }

        if (!int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value < min || value > max)
        {
            Report(ProtocolProblemCode.JsonInvalidValue, path, node.Offset, $"Expected {expected}, but found {Shorten(node.Text!)}.");
            return null;
        }

        return value;
    }

    /// <summary>Reads one of a fixed set of keywords.</summary>
    public T? ReadKeyword<T>(DocumentNode node, string path, string what, IReadOnlyList<(string Keyword, T Value)> keywords)
        where T : struct
    {
        string expected = $"{what}: {Keywords(keywords.Select(k => k.Keyword))}";
        if (!Expect(node, DocumentNodeKind.String, path, expected))
        {
            return null;
        }

        foreach ((string keyword, T value) in keywords)
        {
            if (string.Equals(keyword, node.Text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        Report(ProtocolProblemCode.JsonInvalidValue, path, node.Offset, $"Expected {expected}, but found '{Shorten(node.Text!)}'.");
        return null;
    }

    /// <summary>Checks an object's property names against the ones the format allows, reporting unknown and repeated ones.</summary>
    public ObjectFields Fields(DocumentNode node, string path, string what, IReadOnlyList<string> allowed)
    {
        var fields = new Dictionary<string, DocumentProperty>(StringComparer.Ordinal);
        foreach (DocumentProperty property in node.Properties)
        {
            string propertyPath = JsonPath.Property(path, property.Name);
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Report(
                    ProtocolProblemCode.JsonUnknownProperty,
                    propertyPath,
                    property.NameOffset,
                    $"The property \"{Shorten(property.Name)}\" is not part of {what}; expected {Keywords(allowed)}.");
            }
            else if (!fields.TryAdd(property.Name, property))
            {
                Report(
                    ProtocolProblemCode.JsonInvalidValue,
                    propertyPath,
                    property.NameOffset,
                    $"The property \"{property.Name}\" is given twice in {what}; give it once.");
            }
        }

        return new ObjectFields(this, node, path, fields);
    }

    /// <summary>Lists keywords for a message: <c>"a", "b" or "c"</c>.</summary>
    public static string Keywords(IEnumerable<string> keywords)
    {
        List<string> quoted = keywords.Select(k => $"\"{k}\"").ToList();
        return quoted.Count == 1 ? quoted[0] : string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1];
    }

    /// <summary>Keeps echoed input short in messages.</summary>
    public static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

/// <summary>The properties of one JSON object, by name, after <see cref="DocumentContext.Fields"/> checked them.</summary>
internal sealed class ObjectFields
{
    private readonly DocumentContext _context;
    private readonly Dictionary<string, DocumentProperty> _fields;

    public ObjectFields(DocumentContext context, DocumentNode node, string path, Dictionary<string, DocumentProperty> fields)
    {
        _context = context;
        Node = node;
        Path = path;
        _fields = fields;
    }

    public DocumentNode Node { get; }

    public string Path { get; }

    public bool Has(string name) => _fields.ContainsKey(name);

    public DocumentNode? Get(string name) => _fields.TryGetValue(name, out DocumentProperty property) ? property.Value : null;

    public string PathOf(string name) => JsonPath.Property(Path, name);

    public int NameOffset(string name) => _fields[name].NameOffset;

    /// <summary>Gets a required property, reporting it as missing (at the object's opening brace) if it is not there.</summary>
    public DocumentNode? Require(string name, string expected)
    {
        DocumentNode? value = Get(name);
        if (value is null)
        {
            _context.Report(ProtocolProblemCode.JsonMissingProperty, PathOf(name), Node.Offset, $"Missing \"{name}\": expected {expected}.");
        }

        return value;
    }
}
