using System;
using System.Collections.Immutable;
using System.Linq;
using SmpRules.Timing;

namespace SmpRules.Rules;

/// <summary>
/// One aftercare instruction: what to do, avoid, limit or expect, about which activities, in which window relative to
/// the plan's sessions, for which clients, and which rules suspend it.
/// </summary>
/// <remarks>
/// <para>A rule is a value: create it with an object initializer and derive others with <c>with</c>. It is checked
/// when a protocol is built (<see cref="Protocols.CareProtocolBuilder.Build"/>), which reports every problem at once.</para>
/// <para>Instances are immutable and thread-safe, and compare by value.</para>
/// </remarks>
/// <example>
/// <code>
/// var rule = new CareRule
/// {
///     Id = "sun.no-direct-sun",
///     Family = new CareFamily("sun-protection"),
///     Directive = CareDirective.Avoid,
///     Activities = [CareActivity.Sun],
///     Window = CareWindow.Days(0, 29),
///     Text = "Keep your scalp out of direct sun.",
/// };
/// </code>
/// </example>
public sealed record CareRule
{
    private readonly ImmutableArray<CareActivity> _activities = ImmutableArray<CareActivity>.Empty;
    private readonly ImmutableArray<string> _suspendedBy = ImmutableArray<string>.Empty;

    /// <summary>Gets the rule's stable id, unique in its protocol: dot-separated kebab-case words such as <c>dry-period.keep-scalp-dry</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the family the rule belongs to.</summary>
    public required CareFamily Family { get; init; }

    /// <summary>Gets what the rule asks of the client.</summary>
    public required CareDirective Directive { get; init; }

    /// <summary>Gets when the rule applies, relative to the plan's sessions.</summary>
    public required CareWindow Window { get; init; }

    /// <summary>Gets the client-facing text, in plain words, with its translations.</summary>
    public required CareText Text { get; init; }

    /// <summary>Gets the activities the rule governs; a <see cref="CareDirective.Do"/> and an <see cref="CareDirective.Avoid"/> on one activity need precedence between them.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<CareActivity> Activities
    {
        get => _activities;
        init => _activities = value.IsDefault ? ImmutableArray<CareActivity>.Empty : value;
    }

    /// <summary>Gets the ids of the rules that suspend this one: while any of them applies, this rule is reported as suspended.</summary>
    /// <value>The default value is empty.</value>
    public ImmutableArray<string> SuspendedBy
    {
        get => _suspendedBy;
        init => _suspendedBy = value.IsDefault ? ImmutableArray<string>.Empty : value;
    }

    /// <summary>Gets the condition on the client's facts under which the rule applies at all; <see langword="null"/> for every client.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public FactCondition? Condition { get; init; }

    /// <inheritdoc />
    public bool Equals(CareRule? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Family == other.Family
        && Directive == other.Directive
        && Equals(Window, other.Window)
        && Equals(Text, other.Text)
        && Activities.SequenceEqual(other.Activities)
        && SuspendedBy.SequenceEqual(other.SuspendedBy, StringComparer.Ordinal)
        && Equals(Condition, other.Condition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Family, Directive, Window);

    /// <summary>Returns the rule's id and directive, such as <c>dry-period.keep-scalp-dry (avoid)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({Directive.ToString().ToLowerInvariant()})";
}
