using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>
/// The answer to "what applies?": at an instant, now, on a local date, on a course day, or in a segment of a timeline.
/// Every rule that applies or is suspended, in protocol order, each with its stretch, governing session and day, and why.
/// </summary>
/// <remarks>
/// <para>Every question a <see cref="CareSchedule"/> answers returns this type, with <see cref="CareAdviceItem"/> items.
/// For a date, a rule appears once for each stretch that touches the date.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CareAdvice
{
    private CareAdviceItem[]? _applying;
    private CareAdviceItem[]? _suspended;

    private readonly Instant _start;
    private readonly Instant _end;
    private readonly CareAdviceItem[] _items;

    internal CareAdvice(CareSchedule schedule, CareQueryKind kind, LocalDate date, Instant start, Instant? end, CareAdviceItem[] items)
    {
        Schedule = schedule;
        Kind = kind;
        Date = date;
        _start = start;
        _end = end ?? Piece.Forever;
        _items = items;
    }

    /// <summary>Gets the schedule that answered: the protocol and the plan.</summary>
    public CareSchedule Schedule { get; }

    /// <summary>Gets what was asked.</summary>
    public CareQueryKind Kind { get; }

    /// <summary>Gets the instant asked about, for <see cref="CareQueryKind.Instant"/> and <see cref="CareQueryKind.Now"/>; otherwise <see langword="null"/>.</summary>
    public Instant? Instant => Kind is CareQueryKind.Instant or CareQueryKind.Now ? _start : null;

    /// <summary>Gets the local date asked about, or the local date of the instant (of a segment's start), in the plan's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the course day of <see cref="Date"/>: 0 on the first session's local date.</summary>
    public int CourseDay => Schedule.CourseDayOf(Date);

    /// <summary>Gets the span of time the answer covers: the instant alone, the whole local date, or the segment (without an end when nothing changes after it).</summary>
    public Interval Interval => new(_start, _end == Piece.Forever ? null : _end);

    /// <summary>Gets every item, in protocol order; for a date, a rule appears once for each stretch that touches the date.</summary>
    public ImmutableArray<CareAdviceItem> Items => ImmutableCollectionsMarshal.AsImmutableArray(_items);

    /// <summary>Gets the items whose rule applies, in protocol order (worked out once).</summary>
    public ImmutableArray<CareAdviceItem> Applying => ImmutableCollectionsMarshal.AsImmutableArray(_applying ??= Filter(CareStatus.Applies));

    /// <summary>Gets the items whose rule is suspended, in protocol order (worked out once).</summary>
    public ImmutableArray<CareAdviceItem> Suspended => ImmutableCollectionsMarshal.AsImmutableArray(_suspended ??= Filter(CareStatus.Suspended));

    /// <summary>Returns whether a rule applies (not suspended) in this answer.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns><see langword="true"/> if an item of that rule applies.</returns>
    public bool Applies(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        foreach (CareAdviceItem item in Items)
        {
            if (item.Status == CareStatus.Applies && string.Equals(item.RuleId, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a description such as <c>2026-11-22 (course day 2): 7 items</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} (course day {CourseDay}): {Items.Length} items";

    private CareAdviceItem[] Filter(CareStatus status)
    {
        int n = 0;
        foreach (CareAdviceItem item in Items)
        {
            n += item.Status == status ? 1 : 0;
        }

        var result = new CareAdviceItem[n];
        int k = 0;
        foreach (CareAdviceItem item in Items)
        {
            if (item.Status == status)
            {
                result[k++] = item;
            }
        }

        return result;
    }
}
