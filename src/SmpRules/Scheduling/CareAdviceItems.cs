using System;
using System.Collections;
using System.Collections.Generic;

namespace SmpRules.Scheduling;

/// <summary>
/// The items of a <see cref="CareAdvice"/> (all of them, or those that apply or are suspended), in protocol order: a
/// read-only list that indexes and enumerates without allocating.
/// </summary>
/// <remarks>
/// <para>An answer keeps what each item says in a compact form; an item is made when it is read, which costs no
/// allocation. Reading the same index twice gives equal items.</para>
/// <para>The default value is an empty list. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct CareAdviceItems : IReadOnlyList<CareAdviceItem>
{
    private readonly CareAdvice? _advice;
    private readonly int[]? _indexes;

    internal CareAdviceItems(CareAdvice advice, int[]? indexes)
    {
        _advice = advice;
        _indexes = indexes;
    }

    /// <summary>Gets the number of items.</summary>
    public int Length => _indexes?.Length ?? _advice?.ItemCount ?? 0;

    /// <summary>Gets the number of items; the same as <see cref="Length"/>.</summary>
    public int Count => Length;

    /// <summary>Gets whether there are no items.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Gets the item at an index.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Length"/>.</exception>
    public CareAdviceItem this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be at least 0 and less than the number of items ({Length}).");
            }

            return _advice!.ItemAt(_indexes is null ? index : _indexes[index]);
        }
    }

    /// <summary>Returns an enumerator of the items, for <c>foreach</c> without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Copies the items into a new array.</summary>
    /// <returns>The array; empty when there are no items.</returns>
    public CareAdviceItem[] ToArray()
    {
        if (IsEmpty)
        {
            return [];
        }

        var items = new CareAdviceItem[Length];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = this[i];
        }

        return items;
    }

    /// <inheritdoc />
    IEnumerator<CareAdviceItem> IEnumerable<CareAdviceItem>.GetEnumerator() => new BoxedEnumerator(this);

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => new BoxedEnumerator(this);

    /// <summary>Enumerates the items of a <see cref="CareAdviceItems"/> without allocating.</summary>
    public struct Enumerator
    {
        private readonly CareAdviceItems _items;
        private readonly int _length;
        private int _index;

        internal Enumerator(CareAdviceItems items)
        {
            _items = items;
            _length = items.Length;
            _index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly CareAdviceItem Current => _items._advice!.ItemAt(_items._indexes is null ? _index : _items._indexes[_index]);

        /// <summary>Moves to the next item.</summary>
        /// <returns><see langword="true"/> if there is one.</returns>
        public bool MoveNext() => ++_index < _length;
    }

    private sealed class BoxedEnumerator(CareAdviceItems items) : IEnumerator<CareAdviceItem>
    {
        private int _index = -1;

        public CareAdviceItem Current => _index >= 0 && _index < items.Length ? items[_index] : throw new InvalidOperationException("The enumerator is not on an item.");

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < items.Length;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
