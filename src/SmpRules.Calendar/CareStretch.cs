using System;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Rules;
using SmpRules.Scheduling;

namespace SmpRules.Calendar;

/// <summary>
/// One stretch of a rule: the whole continuous span in which it keeps one status (DOMAIN.md section 3), with a key that
/// stays the same when the plan is revised and the stretch still exists.
/// </summary>
/// <remarks>
/// <para>The key is built from the rule, its status, the suspending rule and the session that governs the stretch at its
/// start, such as <c>sweat-avoidance.no-sauna-or-steam/applies/s1</c>. A session keeps its identity across revisions of
/// a plan (<see cref="CareRevisions"/>): a moved session is still the same session, so its stretches keep their keys.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CareStretch
{
    internal CareStretch(string key, CareAdviceItem first)
    {
        Key = key;
        Item = first;
        Rule = first.Rule;
        Status = first.Status;
        SuspendedBy = first.SuspendedBy;
        Interval interval = first.Interval;
        Start = interval.Start;
        End = interval.HasEnd ? interval.End : null;
        ResumesAt = first.ResumesAt;
        Session = first.Session;
        SessionDay = first.SessionDay;
    }

    /// <summary>Gets the stretch's key: the same for the same stretch across revisions of a plan, and unique within one schedule.</summary>
    public string Key { get; }

    /// <summary>Gets the rule.</summary>
    public CareRule Rule { get; }

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets whether the rule applies or is suspended throughout the stretch.</summary>
    public CareStatus Status { get; }

    /// <summary>Gets the rule that suspends this one, or <see langword="null"/> when it applies.</summary>
    public CareRule? SuspendedBy { get; }

    /// <summary>Gets the start of the stretch, inclusive.</summary>
    public Instant Start { get; }

    /// <summary>Gets the end of the stretch, exclusive, or <see langword="null"/> when it never ends.</summary>
    public Instant? End { get; }

    /// <summary>Gets the stretch as an interval (without an end when it never ends).</summary>
    public Interval Interval => new(Start, End);

    /// <summary>Gets when a suspended rule applies again (the end of the stretch), or <see langword="null"/> when it applies or its window ends first.</summary>
    public Instant? ResumesAt { get; }

    /// <summary>Gets the session that governs the rule at the start of the stretch.</summary>
    public CareSession Session { get; }

    /// <summary>Gets the day number, relative to <see cref="Session"/>, of the local date on which the stretch starts.</summary>
    public int SessionDay { get; }

    /// <summary>Gets the advice item at the start of the stretch (its explanation, its session).</summary>
    public CareAdviceItem Item { get; }

    /// <summary>Gets the rule's client-facing text in a culture (see <see cref="CareText.Resolve(string?)"/>).</summary>
    /// <param name="culture">The culture name, such as <c>es</c>; <see langword="null"/> for the protocol's default language.</param>
    /// <returns>The text.</returns>
    public string GetText(string? culture = null) => Rule.Text.Resolve(culture);

    /// <summary>Returns a description such as <c>dry-period.keep-scalp-dry/applies/s1: 2026-11-20T10:00:00Z to 2026-11-25T00:00:00Z</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Key}: {Start} to {(End is { } end ? end.ToString() : "forever")}");

    /// <summary>Whether two stretches span the same time with the same status and suspending rule.</summary>
    internal bool SameSpanAs(CareStretch other) =>
        Start == other.Start && End == other.End && Status == other.Status
        && string.Equals(SuspendedBy?.Id, other.SuspendedBy?.Id, StringComparison.Ordinal);
}
