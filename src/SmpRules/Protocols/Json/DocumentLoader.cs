using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SmpRules.Protocols.Json;

/// <summary>Loads a protocol document from bytes, a stream or a file, and the documents it extends.</summary>
internal sealed class DocumentLoader
{
    /// <summary>How many documents deep "extends" may go: a longer chain is surely a mistake.</summary>
    public const int MaxExtendsChain = 16;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly CareProtocolJsonOptions _options;
    private readonly string? _directory;
    private readonly ImmutableList<string> _chain;

    public DocumentLoader(CareProtocolJsonOptions options, string? directory = null, ImmutableList<string>? chain = null)
    {
        _options = options;
        _directory = directory;
        _chain = chain ?? ImmutableList<string>.Empty;
    }

    public CareProtocol LoadBytes(ReadOnlyMemory<byte> utf8, string? sourceName)
    {
        if (utf8.Length > _options.MaxDocumentSize)
        {
            throw TooLarge(sourceName);
        }

        if (utf8.Span.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        var positions = new SourcePositions(utf8);
        var context = new DocumentContext(positions);
        DocumentNode? root = DocumentParser.Parse(utf8.Span, positions, _options.MaxDepth, context.Problems);
        var reader = new DocumentReader(context, ResolveBase);
        CareProtocol? protocol = root is null ? null : reader.Read(root);
        if (protocol is not null && context.Problems.Count == 0)
        {
            return protocol;
        }

        // Report in document order, whatever order the checks found them in.
        List<ProtocolProblem> problems = context.Problems
            .Select((p, i) => (Problem: p, Index: i))
            .OrderBy(p => p.Problem.Line ?? int.MaxValue)
            .ThenBy(p => p.Problem.Column ?? int.MaxValue)
            .ThenBy(p => p.Index)
            .Select(p => p.Problem)
            .ToList();
        throw new CareProtocolException(reader.Name ?? sourceName ?? "(unnamed)", problems);
    }

    public CareProtocol LoadStream(Stream stream, string? sourceName)
    {
        byte[] bytes;
        try
        {
            bytes = ReadAll(stream, sourceName);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            throw Unreadable(sourceName, $"The document{(sourceName is null ? "" : $" '{sourceName}'")} cannot be read: {Reason(e)}");
        }

        return LoadBytes(bytes, sourceName);
    }

    public CareProtocol LoadFile(string path)
    {
        string fullPath;
        string name;
        try
        {
            fullPath = Path.GetFullPath(path);
            name = Path.GetFileName(fullPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Unreadable(path, $"'{DocumentContext.Shorten(path)}' is not a valid file path.");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable(name, Directory.Exists(fullPath)
                ? $"'{fullPath}' is a directory; give the path of a protocol's JSON file."
                : $"The file '{fullPath}' cannot be read: {Reason(e)}");
        }

        using (stream)
        {
            var loader = new DocumentLoader(_options, Path.GetDirectoryName(fullPath), _chain.Add(fullPath));
            return loader.LoadStream(stream, name);
        }
    }

    private CareProtocol? ResolveBase(DocumentContext context, DocumentNode node, string path)
    {
        const string expected = "a string (\"standard\", or the name or path of the document this one extends)";
        if (context.ReadText(node, path, expected) is not { } name)
        {
            return null;
        }

        if (name == "standard")
        {
            return StandardProtocol.Instance;
        }

        try
        {
            if (_options.ExtendsResolver?.Invoke(name) is { } resolved)
            {
                return resolved;
            }

            if (_directory is null)
            {
                context.Report(ProtocolProblemCode.Unreadable, path, node.Offset,
                    $"There is no protocol '{DocumentContext.Shorten(name)}' to extend: only \"standard\" is built in; give CareProtocolJsonOptions.ExtendsResolver, or load the document with CareProtocolJson.LoadFile so that paths resolve against its folder.");
                return null;
            }

            string fullPath;
            try
            {
                fullPath = Path.GetFullPath(Path.Combine(_directory, name));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                context.Report(ProtocolProblemCode.Unreadable, path, node.Offset, $"'{DocumentContext.Shorten(name)}' is not a valid file path.");
                return null;
            }

            if (_chain.Contains(fullPath))
            {
                string cycle = string.Join(" -> ", _chain.SkipWhile(p => p != fullPath).Append(fullPath).Select(p => $"'{Path.GetFileName(p)}'"));
                context.Report(ProtocolProblemCode.Unreadable, path, node.Offset, $"The documents extend each other in a cycle: {cycle}; a document cannot extend itself.");
                return null;
            }

            if (_chain.Count >= MaxExtendsChain)
            {
                context.Report(ProtocolProblemCode.Unreadable, path, node.Offset,
                    string.Create(CultureInfo.InvariantCulture, $"The documents extend each other more than {MaxExtendsChain} deep; a protocol never needs that many."));
                return null;
            }

            return new DocumentLoader(_options, _directory, _chain).LoadFile(fullPath);
        }
        catch (CareProtocolException e)
        {
            foreach (ProtocolProblem problem in e.Problems)
            {
                context.Report(problem.Code, path, node.Offset, $"The protocol '{DocumentContext.Shorten(name)}' that this document extends has a problem: {problem}", problem.RuleId);
            }

            if (e.Problems.Count == 0)
            {
                context.Report(ProtocolProblemCode.Unreadable, path, node.Offset, $"The protocol '{DocumentContext.Shorten(name)}' that this document extends cannot be loaded: {e.Message}");
            }

            return null;
        }
    }

    private byte[] ReadAll(Stream stream, string? sourceName)
    {
        var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxDocumentSize)
            {
                throw TooLarge(sourceName);
            }
        }

        return buffer.ToArray();
    }

    private CareProtocolException TooLarge(string? sourceName) => Unreadable(
        sourceName,
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than {_options.MaxDocumentSize} bytes, the most CareProtocolJsonOptions.MaxDocumentSize allows."));

    private static CareProtocolException Unreadable(string? sourceName, string message) =>
        new(sourceName ?? "(unnamed)", [new ProtocolProblem(ProtocolProblemCode.Unreadable, message)]);

    private static string Reason(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "there is no such file.",
        UnauthorizedAccessException => "access is denied.",
        _ => e.Message,
    };
}
