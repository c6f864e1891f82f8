using System;
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
    // An answer about a date holds its items; an answer at an instant (or a timeline segment) holds only each item's
    // rule, governing session and suspender, as seeds, and makes an item when it is read.
    private readonly CareAdviceItem[]? _items;
    private readonly ItemSeed[]? _seeds;
    private readonly InlineSeeds _inline;
    private readonly int _first;
    private readonly int _count;
    private readonly int _day;
    private readonly Instant _start;
    private readonly Instant _end;

    private int[]? _applying;
    private int[]? _suspended;

    /// <summary>Creates an answer about a date, of items made when answered.</summary>
    internal CareAdvice(CareSchedule schedule, CareQueryKind kind, int date, Instant start, Instant? end, CareAdviceItem[] items)
    {
        Schedule = schedule;
        Kind = kind;
        _day = date;
        _start = start;
        _end = end ?? Piece.Forever;
        _items = items;
        _count = items.Length;
    }

    /// <summary>
    /// Creates an answer at an instant (the start of a segment, for a timeline), of items made from seeds when read:
    /// item i from <paramref name="seeds"/>[<paramref name="first"/> + i] (a compiled course's segment seeds are shared, not copied).
    /// </summary>
    internal CareAdvice(CareSchedule schedule, CareQueryKind kind, int date, Instant start, Instant? end, ItemSeed[] seeds, int first, int count)
    {
        Schedule = schedule;
        Kind = kind;
        _day = date;
        _start = start;
        _end = end ?? Piece.Forever;
        _seeds = seeds;
        _first = first;
        _count = count;
    }

    /// <summary>Creates an answer at an instant of at most <see cref="InlineSeeds.Capacity"/> items, whose seeds it holds itself.</summary>
    internal CareAdvice(CareSchedule schedule, CareQueryKind kind, int date, Instant instant, in InlineSeeds seeds, int count)
    {
        Schedule = schedule;
        Kind = kind;
        _day = date;
        _start = instant;
        _end = instant;
        _inline = seeds;
        _count = count;
    }

    /// <summary>Gets the schedule that answered: the protocol and the plan.</summary>
    public CareSchedule Schedule { get; }

    /// <summary>Gets what was asked.</summary>
    public CareQueryKind Kind { get; }

    /// <summary>Gets the instant asked about, for <see cref="CareQueryKind.Instant"/> and <see cref="CareQueryKind.Now"/>; otherwise <see langword="null"/>.</summary>
    public Instant? Instant => Kind is CareQueryKind.Instant or CareQueryKind.Now ? _start : null;

    /// <summary>Gets the local date asked about, or the local date of the instant (of a segment's start), in the plan's zone.</summary>
    public LocalDate Date => Utility.DayNumbers.ToDate(_day);

    /// <summary>Gets the course day of <see cref="Date"/>: 0 on the first session's local date.</summary>
    public int CourseDay => _day - Schedule.Plan.FirstSession.DayNumber;

    /// <summary>Gets the span of time the answer covers: the instant alone, the whole local date, or the segment (without an end when nothing changes after it).</summary>
    public Interval Interval => new(_start, _end == Piece.Forever ? null : _end);

    /// <summary>Gets every item, in protocol order; for a date, a rule appears once for each stretch that touches the date.</summary>
    public CareAdviceItems Items => new(this, null);

    /// <summary>Gets the items whose rule applies, in protocol order (which they are is worked out once).</summary>
    public CareAdviceItems Applying => new(this, _applying ??= IndexesOf(CareStatus.Applies));

    /// <summary>Gets the items whose rule is suspended, in protocol order (which they are is worked out once).</summary>
    public CareAdviceItems Suspended => new(this, _suspended ??= IndexesOf(CareStatus.Suspended));

    /// <summary>Gets the number of items.</summary>
    internal int ItemCount => _count;

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

    /// <summary>Returns the item at an index of <see cref="Items"/>.</summary>
    internal CareAdviceItem ItemAt(int index)
    {
        if (_items is not null)
        {
            return _items[index];
        }

        if (_seeds is null)
        {
            ItemSeed unpacked = InlineSeeds.Unpack(_inline[index]);
            return new CareAdviceItem(Schedule, in unpacked, _start, _day, hasDate: true);
        }

        ref readonly ItemSeed seed = ref _seeds[_first + index];
        return new CareAdviceItem(Schedule, in seed, _start, _day, hasDate: true);
    }

    private int[] IndexesOf(CareStatus status)
    {
        int n = 0;
        for (int i = 0; i < _count; i++)
        {
            n += ItemAt(i).Status == status ? 1 : 0;
        }

        if (n == 0)
        {
            return [];
        }

        var result = new int[n];
        int k = 0;
        for (int i = 0; i < _count; i++)
        {
            if (ItemAt(i).Status == status)
            {
                result[k++] = i;
            }
        }

        return result;
    }
}
