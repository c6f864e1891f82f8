using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Timing;
using SmpRules.Utility;

namespace SmpRules.Scheduling;

/// <summary>
/// A protocol applied to one client's plan: every rule's stretches of time (applying or suspended) laid out between
/// transitions, ready for fast queries: <see cref="At"/>, <see cref="Lookup"/>, <see cref="On"/>,
/// <see cref="OnCourseDay"/>, <see cref="Timeline(Instant, Instant)"/> and <see cref="NextChange"/>.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="CareProtocol.Apply"/>. A query costs O(log n) in the number of transitions;
/// <see cref="Lookup"/> allocates nothing.</para>
/// <para>Instances are immutable and thread-safe: one schedule may be queried from many threads at once.</para>
/// </remarks>
public sealed class CareSchedule
{
    /// <summary>The largest course day, before or after the first session, that <see cref="OnCourseDay"/> accepts: <see cref="CareWindow.MaxDays"/>.</summary>
    public const int MaxCourseDay = CareWindow.MaxDays;

    private CareSchedule(CareProtocol protocol, CarePlan plan, CompiledSchedule compiled)
    {
        Protocol = protocol;
        Plan = plan;
        Compiled = compiled;
        Transitions = ImmutableArray.Create(compiled.Transitions);
    }

    /// <summary>Gets the protocol applied.</summary>
    public CareProtocol Protocol { get; }

    /// <summary>Gets the plan it was applied to.</summary>
    public CarePlan Plan { get; }

    /// <summary>Gets the plan's time zone.</summary>
    public DateTimeZone Zone => Plan.Zone;

    /// <summary>Gets every instant at which something changes, in order.</summary>
    public ImmutableArray<Instant> Transitions { get; }

    /// <summary>Gets the first instant at which anything applies, or <see langword="null"/> when nothing ever does.</summary>
    public Instant? Start => Transitions.IsEmpty ? null : Transitions[0];

    /// <summary>Gets the last change: after it, what applies stays the same for good. <see langword="null"/> when nothing ever applies.</summary>
    public Instant? End => Transitions.IsEmpty ? null : Transitions[^1];

    internal CompiledSchedule Compiled { get; }

    /// <summary>Applies a protocol to a plan.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="plan">The plan.</param>
    /// <returns>The schedule.</returns>
    public static CareSchedule Create(CareProtocol protocol, CarePlan plan)
    {
        Preconditions.CheckNotNull(protocol);
        Preconditions.CheckNotNull(plan);
        return new CareSchedule(protocol, plan, ScheduleCompiler.Compile(protocol, plan));
    }

    /// <summary>What applies at an instant, without allocating.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>A view of the items at that instant.</returns>
    public CareAdviceView Lookup(Instant instant)
    {
        int segment = SegmentOf(instant);
        int[] offsets = Compiled.SegmentOffsets;
        return new CareAdviceView(this, offsets[segment], offsets[segment + 1] - offsets[segment], instant);
    }

    /// <summary>What applies at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The advice: every rule that applies or is suspended at that instant.</returns>
    public CareAdvice At(Instant instant)
    {
        CareAdviceView view = Lookup(instant);
        var items = ImmutableArray.CreateBuilder<CareAdviceItem>(view.Count);
        foreach (CareAdviceItem item in view)
        {
            items.Add(item);
        }

        return new CareAdvice(CareQueryKind.Instant, instant, view.Date, CourseDayOf(view.Date), new Interval(instant, instant), items.MoveToImmutable());
    }

    /// <summary>What applies now, by a clock.</summary>
    /// <param name="clock">The clock; the only place "now" is read.</param>
    /// <returns>The advice at the clock's current instant.</returns>
    public CareAdvice Now(IClock clock) => At(Preconditions.CheckNotNull(clock).GetCurrentInstant());

    /// <summary>What applies at some instant of a local date in the plan's zone.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The advice: every rule that applies or is suspended at some instant of that date, once for each stretch that touches it, with the part of the day when not the whole day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is more than <see cref="MaxCourseDay"/> days from the first session.</exception>
    public CareAdvice On(LocalDate date) => OnDate(date, CareQueryKind.Date);

    /// <summary>What applies on a course day: a local date counted from the first session's local date (day 0).</summary>
    /// <param name="courseDay">The course day; negative days lie before the first session.</param>
    /// <returns>The advice for that local date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="courseDay"/> is beyond <see cref="MaxCourseDay"/> either way.</exception>
    public CareAdvice OnCourseDay(int courseDay) => OnDate(DateOfCourseDay(courseDay), CareQueryKind.CourseDay);

    /// <summary>Returns the local date of a course day.</summary>
    /// <param name="courseDay">The course day; 0 is the first session's local date.</param>
    /// <returns>The local date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="courseDay"/> is beyond <see cref="MaxCourseDay"/> either way.</exception>
    public LocalDate DateOfCourseDay(int courseDay)
    {
        if (courseDay < -MaxCourseDay || courseDay > MaxCourseDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(courseDay),
                courseDay,
                string.Create(CultureInfo.InvariantCulture, $"The course day must be between {-MaxCourseDay} and {MaxCourseDay} (about 100 years either side of the first session), but was {courseDay}."));
        }

        return Plan.FirstSession.Date.PlusDays(courseDay);
    }

    /// <summary>Returns the course day of a local date: 0 on the first session's local date.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The course day.</returns>
    public int CourseDayOf(LocalDate date) => Period.DaysBetween(Plan.FirstSession.Date, date);

    /// <summary>Returns the course day of an instant, by its local date in the plan's zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The course day.</returns>
    public int CourseDayOf(Instant instant) => CourseDayOf(instant.InZone(Plan.Zone).Date);

    /// <summary>The timeline between two instants: ordered, contiguous, disjoint segments covering [<paramref name="from"/>, <paramref name="to"/>), each with what applies and what is suspended.</summary>
    /// <param name="from">The start, inclusive.</param>
    /// <param name="to">The end, exclusive.</param>
    /// <returns>The segments.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not later than <paramref name="from"/>.</exception>
    public ImmutableArray<CareSegment> Timeline(Instant from, Instant to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"The end of the range ({to}) must be later than its start ({from}).", nameof(to));
        }

        Instant[] transitions = Compiled.Transitions;
        var segments = ImmutableArray.CreateBuilder<CareSegment>();
        int segment = SegmentOf(from);
        Instant start = from;
        while (true)
        {
            Instant segmentEnd = segment < transitions.Length ? transitions[segment] : Piece.Forever;
            Instant end = segmentEnd < to ? segmentEnd : to;
            segments.Add(new CareSegment(new Interval(start, end), ItemsOf(segment, start.InZone(Plan.Zone).Date)));
            if (end == to)
            {
                break;
            }

            start = end;
            segment++;
        }

        return segments.ToImmutable();
    }

    /// <summary>The whole course as a timeline: from the first change to the last one.</summary>
    /// <returns>The segments; empty when nothing ever applies or when only one change happens.</returns>
    public ImmutableArray<CareSegment> Timeline() =>
        Transitions.Length < 2 ? ImmutableArray<CareSegment>.Empty : Timeline(Transitions[0], Transitions[^1]);

    /// <summary>What changes next, strictly after an instant.</summary>
    /// <param name="after">The instant.</param>
    /// <returns>The next change, or <see langword="null"/> when nothing changes after <paramref name="after"/>.</returns>
    public CareChange? NextChange(Instant after)
    {
        int segment = SegmentOf(after);
        Instant[] transitions = Compiled.Transitions;
        if (segment >= transitions.Length)
        {
            return null;
        }

        Instant at = transitions[segment];
        LocalDate dateAt = at.InZone(Plan.Zone).Date;
        LocalDate dateBefore = (at - Duration.Epsilon).InZone(Plan.Zone).Date;
        var started = ImmutableArray.CreateBuilder<CareAdviceItem>();
        var ended = ImmutableArray.CreateBuilder<CareAdviceItem>();
        Stretch[] stretches = Compiled.Stretches;
        int[] offsets = Compiled.SegmentOffsets;
        int[] items = Compiled.SegmentItems;

        // What ends at the transition was active in the segment before it; what starts there is active in the one after.
        for (int k = offsets[segment]; k < offsets[segment + 1]; k++)
        {
            if (stretches[items[k]].End == at)
            {
                ended.Add(new CareAdviceItem(this, items[k], dateBefore, default, default));
            }
        }

        for (int k = offsets[segment + 1]; k < offsets[segment + 2]; k++)
        {
            if (stretches[items[k]].Start == at)
            {
                started.Add(new CareAdviceItem(this, items[k], dateAt, default, default));
            }
        }

        return new CareChange(at, started.ToImmutable(), ended.ToImmutable());
    }

    /// <summary>Returns the index of the segment holding an instant: the number of transitions at or before it.</summary>
    private int SegmentOf(Instant instant)
    {
        Instant[] transitions = Compiled.Transitions;
        int lo = 0, hi = transitions.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (transitions[mid] <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private ImmutableArray<CareAdviceItem> ItemsOf(int segment, LocalDate date)
    {
        int[] offsets = Compiled.SegmentOffsets;
        var items = ImmutableArray.CreateBuilder<CareAdviceItem>(offsets[segment + 1] - offsets[segment]);
        for (int k = offsets[segment]; k < offsets[segment + 1]; k++)
        {
            items.Add(new CareAdviceItem(this, Compiled.SegmentItems[k], date, default, default));
        }

        return items.MoveToImmutable();
    }

    private CareAdvice OnDate(LocalDate date, CareQueryKind kind)
    {
        int courseDay = CourseDayOf(date);
        if (courseDay < -MaxCourseDay || courseDay > MaxCourseDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"The date must be within {MaxCourseDay} days of the first session ({Plan.FirstSession.Date:uuuu-MM-dd}), but is {courseDay} days away."));
        }

        Instant dayStart = Plan.Zone.AtStartOfDay(date).ToInstant();
        Instant dayEnd = Plan.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
        var seen = new SortedSet<int>();
        int[] offsets = Compiled.SegmentOffsets;
        Instant[] transitions = Compiled.Transitions;
        for (int segment = SegmentOf(dayStart); ; segment++)
        {
            for (int k = offsets[segment]; k < offsets[segment + 1]; k++)
            {
                seen.Add(Compiled.SegmentItems[k]);
            }

            if (segment >= transitions.Length || transitions[segment] >= dayEnd)
            {
                break;
            }
        }

        var items = ImmutableArray.CreateBuilder<CareAdviceItem>(seen.Count);
        foreach (int index in seen)
        {
            Stretch s = Compiled.Stretches[index];
            Instant partStart = s.Start > dayStart ? s.Start : dayStart;
            Instant partEnd = s.End < dayEnd ? s.End : dayEnd;
            bool whole = partStart == dayStart && partEnd == dayEnd;
            items.Add(new CareAdviceItem(this, index, date, whole ? default : partStart, whole ? default : partEnd));
        }

        return new CareAdvice(kind, null, date, courseDay, new Interval(dayStart, dayEnd), items.MoveToImmutable());
    }
}
