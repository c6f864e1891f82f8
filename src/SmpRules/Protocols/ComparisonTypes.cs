using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Rules;

namespace SmpRules.Protocols;

/// <summary>What a <see cref="ProtocolComparison"/> compares: an activity, or one rule by its id.</summary>
public enum ComparisonSubjectKind
{
    /// <summary>An activity, such as washing: what the rules that name it say, whichever they are.</summary>
    Activity = 0,

    /// <summary>One rule by its id (a rule that names no activity, or one both protocols have): whether it applies and what it says.</summary>
    Rule = 1,
}

/// <summary>An activity or a rule that a <see cref="ProtocolComparison"/> compares.</summary>
/// <param name="Kind">An activity or a rule.</param>
/// <param name="Name">The activity's name, such as <c>washing</c>, or the rule's id.</param>
public sealed record ComparisonSubject(ComparisonSubjectKind Kind, string Name)
{
    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

/// <summary>
/// What one protocol says about a subject at an instant: for an activity, the rules that apply to it and their
/// directives; for a rule, whether it applies or is suspended, and its text; or nothing.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ComparisonVerdict : IEquatable<ComparisonVerdict>
{
    internal static readonly ComparisonVerdict Nothing = new(ComparisonSubjectKind.Activity, [], false);

    internal ComparisonVerdict(ComparisonSubjectKind kind, ImmutableArray<CareRule> rules, bool isSuspended)
    {
        Kind = kind;
        Rules = rules;
        IsSuspended = isSuspended;
        Directives = [.. rules.Select(r => r.Directive).Distinct().Order()];
    }

    /// <summary>Gets whether the verdict is about an activity or a rule.</summary>
    public ComparisonSubjectKind Kind { get; }

    /// <summary>Gets the rules that say it: those that apply to the activity, or the rule itself.</summary>
    public ImmutableArray<CareRule> Rules { get; }

    /// <summary>Gets the directives the rules give, distinct, in the order of <see cref="CareDirective"/>.</summary>
    public ImmutableArray<CareDirective> Directives { get; }

    /// <summary>Gets whether the rule compared is suspended (for a <see cref="ComparisonSubjectKind.Rule"/> subject).</summary>
    public bool IsSuspended { get; }

    /// <summary>Gets whether the protocol says nothing about the subject then.</summary>
    public bool IsNothing => Rules.IsEmpty;

    /// <summary>Gets the directives as text, such as <c>avoid</c> or <c>do+limit</c>, or <c>-</c> for nothing.</summary>
    public string Summary => IsNothing ? "-"
        : IsSuspended ? "suspended"
        : string.Join("+", Directives.Select(d => d.ToString().ToLowerInvariant()));

    /// <summary>
    /// Whether another verdict tells the client the same: the same directives for an activity (whichever rules give them);
    /// for a rule, the same status and the same text in every language.
    /// </summary>
    /// <param name="other">The other verdict.</param>
    /// <returns><see langword="true"/> when the client is told the same.</returns>
    public bool SaysTheSameAs(ComparisonVerdict other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsNothing || other.IsNothing)
        {
            return IsNothing == other.IsNothing;
        }

        if (Kind == ComparisonSubjectKind.Rule)
        {
            return IsSuspended == other.IsSuspended && Rules[0].Directive == other.Rules[0].Directive && Rules[0].Text.Equals(other.Rules[0].Text);
        }

        return Directives.SequenceEqual(other.Directives);
    }

    /// <inheritdoc />
    public bool Equals(ComparisonVerdict? other) =>
        other is not null && IsSuspended == other.IsSuspended && Rules.Select(r => r.Id).SequenceEqual(other.Rules.Select(r => r.Id), StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComparisonVerdict);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rules.Length, IsSuspended);

    /// <summary>
    /// Returns the directives and the rules, such as <c>avoid (dry-period.keep-scalp-dry)</c>, or <c>nothing</c>; a rule
    /// whose sheet gives its window as a minimum comes with its window, such as
    /// <c>avoid (dry-period.no-water: days 0 to 2 of each session, at least)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsNothing ? "nothing" : $"{Summary} ({string.Join(", ", Rules.Select(Name))})";

    private static string Name(CareRule rule) =>
        rule.Window is SmpRules.Timing.AnchoredWindow { IsMinimum: true } window ? $"{rule.Id}: {window}" : rule.Id;
}

/// <summary>A stretch in which two protocols tell a plan's client different things about one subject.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ProtocolDifference
{
    internal ProtocolDifference(
        ComparisonSubject subject,
        Interval interval,
        CareSession session,
        int sessionDay,
        ComparisonVerdict left,
        Instant? leftUntil,
        ComparisonVerdict right,
        Instant? rightUntil,
        string sentence)
    {
        Subject = subject;
        Interval = interval;
        Session = session;
        SessionDay = sessionDay;
        Left = left;
        LeftUntil = leftUntil;
        Right = right;
        RightUntil = rightUntil;
        Sentence = sentence;
    }

    /// <summary>Gets the activity or rule they disagree about.</summary>
    public ComparisonSubject Subject { get; }

    /// <summary>Gets the stretch of the disagreement (without an end when it never ends).</summary>
    public Interval Interval { get; }

    /// <summary>Gets the plan's session governing at the start of the stretch (the latest begun; the first before it).</summary>
    public CareSession Session { get; }

    /// <summary>
    /// Gets the day number, relative to <see cref="Session"/>, of the local date on which the stretch starts, the session's
    /// date as day 0 (see <see cref="ProtocolComparison.DayNumbering"/> for the day a clinic says).
    /// </summary>
    public int SessionDay { get; }

    /// <summary>Gets what the first protocol says throughout the stretch.</summary>
    public ComparisonVerdict Left { get; }

    /// <summary>Gets when the first protocol stops saying it (at or after the stretch's end), or <see langword="null"/> for never.</summary>
    public Instant? LeftUntil { get; }

    /// <summary>Gets what the second protocol says throughout the stretch.</summary>
    public ComparisonVerdict Right { get; }

    /// <summary>Gets when the second protocol stops saying it (at or after the stretch's end), or <see langword="null"/> for never.</summary>
    public Instant? RightUntil { get; }

    /// <summary>
    /// Gets the explanation, such as <c>washing, from day 3 of session 1 (2026-11-23) through day 4 of session 1
    /// (2026-11-24): Evoke SMP says do (hygiene.water-only); Standard says avoid (dry-period.keep-scalp-dry).</c>
    /// </summary>
    public string Sentence { get; }

    /// <summary>Returns <see cref="Sentence"/>.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Sentence;
}

/// <summary>What two protocols say about one subject on one local date.</summary>
/// <param name="Subject">The activity or rule.</param>
/// <param name="Left">What the first protocol says, in order through the day: one verdict per change of what it says (one when it does not change).</param>
/// <param name="Right">What the second protocol says, in order through the day.</param>
/// <param name="IsSame">Whether they tell the client the same throughout the day.</param>
public sealed record ComparisonCell(ComparisonSubject Subject, ImmutableArray<ComparisonVerdict> Left, ImmutableArray<ComparisonVerdict> Right, bool IsSame);

/// <summary>One local date of a day-by-day comparison.</summary>
/// <param name="Date">The date.</param>
/// <param name="Session">The plan's latest session begun within the date (so a session's own date is its day 0); the first before it.</param>
/// <param name="SessionDay">The date's day number relative to <paramref name="Session"/>, the session's date as day 0 (see <see cref="ProtocolComparison.DayNumbering"/> for the day a clinic says).</param>
/// <param name="Cells">One cell per subject, in the order of <see cref="ProtocolComparison.Subjects"/>.</param>
public sealed record ComparisonDay(LocalDate Date, CareSession Session, int SessionDay, ImmutableArray<ComparisonCell> Cells)
{
    /// <summary>Gets whether the protocols tell the client the same about every subject on this date.</summary>
    public bool IsSame => Cells.All(c => c.IsSame);
}
