using System;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Rules;

namespace SmpRules.Scheduling;

/// <summary>One rule in a <see cref="CareSnapshot"/>: its status at the instant, the session that governs it and the rule that suspends it, if any.</summary>
/// <remarks>The default value holds no rule; its properties that read the rule throw. This type is immutable and thread-safe.</remarks>
public readonly struct CareSnapshotItem : IEquatable<CareSnapshotItem>
{
    private readonly CareRule? _rule;
    private readonly CareSession? _session;
    private readonly LocalDate _date;

    internal CareSnapshotItem(CareRule rule, CareSession session, CareRule? suspendedBy, LocalDate date)
    {
        _rule = rule;
        _session = session;
        SuspendedBy = suspendedBy;
        _date = date;
    }

    /// <summary>Gets the rule.</summary>
    public CareRule Rule => _rule ?? throw new InvalidOperationException("This snapshot item is the default value and holds no rule.");

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the rule's directive.</summary>
    public CareDirective Directive => Rule.Directive;

    /// <summary>Gets whether the rule applies or is suspended.</summary>
    public CareStatus Status => SuspendedBy is null ? CareStatus.Applies : CareStatus.Suspended;

    /// <summary>Gets the session that governs the rule: of the sessions whose windows cover the instant, the latest.</summary>
    public CareSession Session => _session ?? throw new InvalidOperationException("This snapshot item is the default value and holds no session.");

    /// <summary>Gets the day number of the instant's local date relative to <see cref="Session"/>: 0 on the session's date.</summary>
    public int SessionDay => Period.DaysBetween(Session.Date, _date);

    /// <summary>Gets the rule that suspends this one, or <see langword="null"/> when it applies.</summary>
    public CareRule? SuspendedBy { get; }

    /// <inheritdoc />
    public bool Equals(CareSnapshotItem other) =>
        ReferenceEquals(_rule, other._rule) && ReferenceEquals(_session, other._session) && ReferenceEquals(SuspendedBy, other.SuspendedBy) && _date == other._date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareSnapshotItem other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_rule, _session, SuspendedBy, _date);

    /// <summary>Compares two items for equality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> if both hold the same rule, session, suspending rule and date.</returns>
    public static bool operator ==(CareSnapshotItem left, CareSnapshotItem right) => left.Equals(right);

    /// <summary>Compares two items for inequality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> if the items differ.</returns>
    public static bool operator !=(CareSnapshotItem left, CareSnapshotItem right) => !left.Equals(right);

    /// <summary>Returns a description such as <c>dry-period.keep-scalp-dry applies (session 1, day 2)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _rule is null
        ? "(none)"
        : string.Create(CultureInfo.InvariantCulture, $"{RuleId} {(Status == CareStatus.Applies ? "applies" : "suspended")} (session {Session.Number}, day {SessionDay})");
}
