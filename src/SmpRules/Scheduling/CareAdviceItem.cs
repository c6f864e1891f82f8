using System;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Rules;

namespace SmpRules.Scheduling;

/// <summary>
/// One rule in an answer: its status, the stretch of time for which that status holds, the session that governs it,
/// the day number relative to that session, and why.
/// </summary>
/// <remarks>
/// <para>A small value that points into its <see cref="CareSchedule"/>; reading its properties allocates nothing except
/// <see cref="Explanation"/>, which builds a sentence.</para>
/// <para>The default value belongs to no schedule; its properties throw. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct CareAdviceItem : IEquatable<CareAdviceItem>
{
    private readonly CareSchedule? _schedule;
    private readonly int _stretch;
    private readonly LocalDate _date;
    private readonly Instant _partStart;
    private readonly Instant _partEnd;

    internal CareAdviceItem(CareSchedule schedule, int stretch, LocalDate date, Instant partStart, Instant partEnd)
    {
        _schedule = schedule;
        _stretch = stretch;
        _date = date;
        _partStart = partStart;
        _partEnd = partEnd;
    }

    /// <summary>Gets the rule.</summary>
    public CareRule Rule => Schedule.Protocol.Rules[Data.Rule];

    /// <summary>Gets the rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>Gets the rule's family.</summary>
    public CareFamily Family => Rule.Family;

    /// <summary>Gets the rule's directive.</summary>
    public CareDirective Directive => Rule.Directive;

    /// <summary>Gets whether the rule applies or is suspended.</summary>
    public CareStatus Status => Data.Status;

    /// <summary>Gets the stretch of time for which the rule keeps this status (and governing session); without an end when it never ends.</summary>
    public Interval Interval
    {
        get
        {
            Stretch s = Data;
            return new Interval(s.Start, s.End == Piece.Forever ? null : s.End);
        }
    }

    /// <summary>Gets the session that governs the rule: of the sessions whose windows cover it, the latest.</summary>
    public CareSession Session => Schedule.Plan.Sessions[Data.Session];

    /// <summary>Gets the day number relative to <see cref="Session"/> of the date asked about (or of the instant's local date): 0 on the session's date, negative before it.</summary>
    public int SessionDay => Period.DaysBetween(Session.Date, _date);

    /// <summary>Gets the local date the day numbers are for.</summary>
    public LocalDate Date => _date;

    /// <summary>Gets the rule that suspends this one, or <see langword="null"/> when it applies.</summary>
    public CareRule? SuspendedBy => Data.Suspender < 0 ? null : Schedule.Protocol.Rules[Data.Suspender];

    /// <summary>Gets when a suspended rule applies again, or <see langword="null"/> when it applies now or its window ends before it would resume.</summary>
    public Instant? ResumesAt
    {
        get
        {
            Stretch s = Data;
            return s.Status == CareStatus.Suspended && s.ResumesAt != Stretch.Never ? s.ResumesAt : null;
        }
    }

    /// <summary>Gets, for a question about a date, the part of that date in which this item holds when it is not the whole date; otherwise <see langword="null"/>.</summary>
    public Interval? PartOfDay => _partStart == _partEnd ? null : new Interval(_partStart, _partEnd);

    /// <summary>Gets a one-sentence explanation in English: the governing session and day, the status, and until when.</summary>
    public string Explanation => Explanations.Explain(Schedule, Data, _date);

    /// <summary>Gets whether this item belongs to a schedule (the default value does not).</summary>
    public bool HasValue => _schedule is not null;

    private CareSchedule Schedule => _schedule ?? throw new InvalidOperationException("This advice item is the default value and belongs to no schedule.");

    private Stretch Data => Schedule.Compiled.Stretches[_stretch];

    /// <summary>Gets the rule's client-facing text in a culture, falling back to neutral cultures and the protocol's default language.</summary>
    /// <param name="culture">The culture name, such as <c>es-MX</c>; <see langword="null"/> for the default language.</param>
    /// <returns>The text.</returns>
    public string GetText(string? culture = null) => Rule.Text.Resolve(culture);

    /// <inheritdoc />
    public bool Equals(CareAdviceItem other) =>
        ReferenceEquals(_schedule, other._schedule) && _stretch == other._stretch && _date == other._date
        && _partStart == other._partStart && _partEnd == other._partEnd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareAdviceItem other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_schedule, _stretch, _date);

    /// <summary>Compares two items for equality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> if both are the same stretch of the same schedule, for the same date.</returns>
    public static bool operator ==(CareAdviceItem left, CareAdviceItem right) => left.Equals(right);

    /// <summary>Compares two items for inequality.</summary>
    /// <param name="left">The first item.</param>
    /// <param name="right">The second item.</param>
    /// <returns><see langword="true"/> if the items differ.</returns>
    public static bool operator !=(CareAdviceItem left, CareAdviceItem right) => !left.Equals(right);

    /// <summary>Returns a description such as <c>dry-period.keep-scalp-dry applies (session 1, day 2)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _schedule is null
        ? "(none)"
        : string.Create(CultureInfo.InvariantCulture, $"{RuleId} {(Status == CareStatus.Applies ? "applies" : "suspended")} (session {Session.Number}, day {SessionDay})");
}
