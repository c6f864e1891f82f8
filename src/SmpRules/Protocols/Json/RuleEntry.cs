using System.Collections.Generic;
using SmpRules.Rules;

namespace SmpRules.Protocols.Json;

/// <summary>A rule of the protocol being loaded, with where it came from: a rule of the document, or of the protocol it extends.</summary>
internal sealed class RuleEntry
{
    /// <summary>Gets the rule's id, if it could be read (even when the rest of the rule could not).</summary>
    public string? Id { get; init; }

    /// <summary>Gets the rule, or <see langword="null"/> if the document's rule has problems (already reported).</summary>
    public CareRule? Rule { get; set; }

    /// <summary>Gets the path of the rule's object in the document, or <see langword="null"/> for a rule of the base protocol.</summary>
    public string? Path { get; set; }

    /// <summary>Gets the rule's object in the document, or <see langword="null"/> for a rule of the base protocol.</summary>
    public DocumentNode? Node { get; set; }

    /// <summary>Gets the document's references to other rules in "suspendedBy", to check once every id is known.</summary>
    public List<RuleReference> SuspendedBy { get; } = new();

    /// <summary>Gets the document's entries in "activities", to point at one in a contradiction.</summary>
    public List<RuleReference> Activities { get; } = new();

    public bool FromDocument => Node is not null;
}

/// <summary>A string in a rule's array, with where it is.</summary>
internal readonly record struct RuleReference(string Value, string Path, int Offset);
