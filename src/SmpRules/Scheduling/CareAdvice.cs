using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>
/// The answer to "what applies?" at an instant, on a local date or on a course day: every rule that applies or is
/// suspended, in protocol order, each with its reason.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CareAdvice
{
    internal CareAdvice(CareQueryKind kind, Instant? instant, LocalDate date, int courseDay, Interval interval, ImmutableArray<CareAdviceItem> items)
    {
        Kind = kind;
        Instant = instant;
        Date = date;
        CourseDay = courseDay;
        Interval = interval;
        Items = items;
    }

    /// <summary>Gets what was asked: an instant, a date or a course day.</summary>
    public CareQueryKind Kind { get; }

    /// <summary>Gets the instant asked about, for <see cref="CareQueryKind.Instant"/>; otherwise <see langword="null"/>.</summary>
    public Instant? Instant { get; }

    /// <summary>Gets the local date asked about, or the local date of the instant, in the plan's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the course day of <see cref="Date"/>: 0 on the first session's local date.</summary>
    public int CourseDay { get; }

    /// <summary>Gets the span of time the answer covers: the whole local date, or the instant alone.</summary>
    public Interval Interval { get; }

    /// <summary>Gets every item, in protocol order; for a date, a rule appears once for each stretch that touches the date.</summary>
    public ImmutableArray<CareAdviceItem> Items { get; }

    /// <summary>Gets the items whose rule applies.</summary>
    public ImmutableArray<CareAdviceItem> Applying => Items.Where(i => i.Status == CareStatus.Applies).ToImmutableArray();

    /// <summary>Gets the items whose rule is suspended.</summary>
    public ImmutableArray<CareAdviceItem> Suspended => Items.Where(i => i.Status == CareStatus.Suspended).ToImmutableArray();

    /// <summary>Returns a description such as <c>2026-11-22 (course day 2): 7 items</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} (course day {CourseDay}): {Items.Length} items";
}
