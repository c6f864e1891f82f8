using System;

namespace SmpRules.Protocols.Json;

/// <summary>
/// How <see cref="CareProtocolJson"/> loads protocol documents: how it finds the documents named in <c>"extends"</c>,
/// and the limits that keep a hostile document from costing much.
/// </summary>
/// <remarks>
/// <para>Set the properties with an object initializer: <c>new CareProtocolJsonOptions { MaxDepth = 32 }</c>.
/// <see cref="Default"/> holds the default values.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class CareProtocolJsonOptions
{
    /// <summary>The default of <see cref="MaxDocumentSize"/>: 1 MiB, a hundred times the largest protocol a clinic writes.</summary>
    public const int DefaultMaxDocumentSize = 1024 * 1024;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 levels, as in System.Text.Json.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest <see cref="MaxDepth"/> allowed: 1,000 levels.</summary>
    public const int MaxDepthLimit = 1000;

    private readonly int _maxDocumentSize = DefaultMaxDocumentSize;
    private readonly int _maxDepth = DefaultMaxDepth;

    /// <summary>Gets the options with every default value.</summary>
    public static CareProtocolJsonOptions Default { get; } = new();

    /// <summary>Gets the largest document, in bytes of UTF-8, that the loader reads; a larger one is reported as <see cref="ProtocolProblemCode.Unreadable"/>.</summary>
    /// <value>The default value is <see cref="DefaultMaxDocumentSize"/> (1 MiB).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDocumentSize
    {
        get => _maxDocumentSize;
        init => _maxDocumentSize = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentSize), value, "The MaxDocumentSize option must be at least 1 byte.");
    }

    /// <summary>Gets how deep objects and arrays may nest in a document; a deeper one is reported as <see cref="ProtocolProblemCode.JsonSyntax"/>.</summary>
    /// <value>The default value is <see cref="DefaultMaxDepth"/> (64), enough for windows and conditions nested 30 levels deep.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1 or more than <see cref="MaxDepthLimit"/>.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init => _maxDepth = value is >= 1 and <= MaxDepthLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, $"The MaxDepth option must be from 1 to {MaxDepthLimit}.");
    }

    /// <summary>
    /// Gets a function that finds the protocol a document names in <c>"extends"</c>, other than the built-in
    /// <c>"standard"</c>: it returns the protocol, or <see langword="null"/> if it does not know the name.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: only <c>"standard"</c> resolves, and, for documents loaded with
    /// <see cref="CareProtocolJson.LoadFile(string)"/>, paths of other documents (relative to the loading document's folder).
    /// </value>
    /// <remarks>
    /// The loader asks the resolver before it looks for a file. A <see cref="CareProtocolException"/> the resolver throws is
    /// reported at <c>"extends"</c>, one problem for each of its problems; any other exception is a bug of the resolver and
    /// propagates. The resolver must not resolve a name to a protocol that extends the same document (a cycle).
    /// </remarks>
    public Func<string, CareProtocol?>? ExtendsResolver { get; init; }
}
