using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>A stretch of a timeline in which nothing changes: the same rules apply and the same rules are suspended.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CareSegment
{
    internal CareSegment(Interval interval, ImmutableArray<CareAdviceItem> items)
    {
        Interval = interval;
        Items = items;
    }

    /// <summary>Gets the segment's span of time; without an end when nothing changes after it.</summary>
    public Interval Interval { get; }

    /// <summary>Gets every item in the segment, in protocol order, with day numbers for the segment's start.</summary>
    public ImmutableArray<CareAdviceItem> Items { get; }

    /// <summary>Gets the items whose rule applies.</summary>
    public ImmutableArray<CareAdviceItem> Applying => Items.Where(i => i.Status == CareStatus.Applies).ToImmutableArray();

    /// <summary>Gets the items whose rule is suspended.</summary>
    public ImmutableArray<CareAdviceItem> Suspended => Items.Where(i => i.Status == CareStatus.Suspended).ToImmutableArray();

    /// <summary>Returns a description of the segment's interval and number of items.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Interval}: {Items.Length} items";
}
