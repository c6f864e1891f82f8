using System;
using System.Collections.Generic;
using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>
/// What applies at an instant, read straight from a schedule without allocating: the result of
/// <see cref="CareSchedule.Lookup"/>. Enumerate it with <c>foreach</c> or index it.
/// </summary>
/// <remarks>Use it on hot paths; use <see cref="CareSchedule.At"/> for an answer object to keep. Immutable and thread-safe.</remarks>
public readonly struct CareAdviceView
{
    private readonly CareSchedule? _schedule;
    private readonly int _first;
    private readonly int _count;

    // The local date is worked out when it is read, not by Lookup: the time-zone conversion would be most of a lookup's
    // cost, and many callers only read statuses.
    internal CareAdviceView(CareSchedule schedule, int first, int count, Instant instant)
    {
        _schedule = schedule;
        _first = first;
        _count = count;
        Instant = instant;
    }

    /// <summary>Gets the instant asked about.</summary>
    public Instant Instant { get; }

    /// <summary>Gets the local date of <see cref="Instant"/> in the plan's zone.</summary>
    public LocalDate Date => _schedule is null ? default : Instant.InZone(_schedule.Plan.Zone).Date;

    /// <summary>Gets the number of items (rules that apply or are suspended).</summary>
    public int Count => _count;

    /// <summary>Gets the number of items whose rule applies (not suspended).</summary>
    public int AppliesCount
    {
        get
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (ItemAt(i, default).Status == CareStatus.Applies)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>Gets an item.</summary>
    /// <param name="index">The item's index, from 0 to <see cref="Count"/> - 1; items are in protocol order.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public CareAdviceItem this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be between 0 and {_count - 1}.");
            }

            return ItemAt(index, Date);
        }
    }

    /// <summary>Returns whether a rule applies (not suspended) at the instant.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns><see langword="true"/> if the rule applies.</returns>
    public bool Applies(string ruleId)
    {
        for (int i = 0; i < _count; i++)
        {
            CareAdviceItem item = ItemAt(i, default);
            if (item.Status == CareStatus.Applies && string.Equals(item.RuleId, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns an enumerator over the items, which allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Copies the items to a new list.</summary>
    /// <returns>The items.</returns>
    public List<CareAdviceItem> ToList()
    {
        var list = new List<CareAdviceItem>(_count);
        foreach (CareAdviceItem item in this)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Returns an item for a date already worked out; the date only matters for day numbers and explanations.</summary>
    private CareAdviceItem ItemAt(int index, LocalDate date) =>
        new(_schedule!, _schedule!.Compiled.SegmentItems[_first + index], date, default, default);

    /// <summary>Enumerates the items of a <see cref="CareAdviceView"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly CareAdviceView _view;
        private readonly LocalDate _date;
        private int _index;

        internal Enumerator(CareAdviceView view)
        {
            _view = view;
            _date = view._count > 0 ? view.Date : default;
            _index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly CareAdviceItem Current =>
            (uint)_index < (uint)_view._count ? _view.ItemAt(_index, _date) : _view[_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns><see langword="true"/> if there is one.</returns>
        public bool MoveNext() => ++_index < _view._count;
    }
}
