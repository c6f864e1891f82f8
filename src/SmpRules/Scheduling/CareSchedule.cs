using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Timing;
using SmpRules.Utility;

namespace SmpRules.Scheduling;

/// <summary>
/// A protocol applied to one client's plan, asked "what applies?" at an instant (<see cref="At(Instant)"/>), now
/// (<see cref="Now"/>), on a local date (<see cref="On"/>) or course day (<see cref="OnCourseDay"/>), over a span of time
/// (<see cref="Timeline(Instant, Instant?)"/>) and "what changes next?" (<see cref="NextChange"/>). Every answer is a
/// <see cref="CareAdvice"/> of <see cref="CareAdviceItem"/> items.
/// </summary>
/// <remarks>
/// <para>Create one with <see cref="CareProtocol.Apply"/>; applying is cheap. A question at an instant is answered from the
/// plan directly. The first question that needs whole stretches of time (a date, a timeline, the next change, an item's
/// <see cref="CareAdviceItem.Interval"/> or explanation, or the non-allocating <see cref="EnumerateAt"/>) compiles the
/// whole course once; from then on every question is a
/// binary search. Compiling costs in proportion to sessions times rules, never to the span of time asked about.</para>
/// <para>Instances are immutable (compiling only caches) and thread-safe: one schedule may be asked from many threads at
/// once, and the course is compiled once.</para>
/// </remarks>
public sealed class CareSchedule
{
    /// <summary>The largest course day, before or after the first session, that <see cref="OnCourseDay"/> accepts: <see cref="CareWindow.MaxDays"/>.</summary>
    public const int MaxCourseDay = CareWindow.MaxDays;

    private CompiledSchedule? _compiled;
    private object? _compileLock;

    private CareSchedule(CareProtocol protocol, CarePlan plan)
    {
        Protocol = protocol;
        Plan = plan;
    }

    /// <summary>Gets the protocol applied.</summary>
    public CareProtocol Protocol { get; }

    /// <summary>Gets the plan it was applied to.</summary>
    public CarePlan Plan { get; }

    /// <summary>Gets the plan's time zone.</summary>
    public DateTimeZone Zone => Plan.Zone;

    /// <summary>Gets every instant at which some rule starts, ends or changes status, in order; a bare handover from one session to the next is not one.</summary>
    /// <remarks>Compiles the course on first use.</remarks>
    public ImmutableArray<Instant> Transitions => ImmutableCollectionsMarshal.AsImmutableArray(Compiled.Changes);

    /// <summary>Gets the first instant at which anything applies, or <see langword="null"/> when nothing ever does.</summary>
    /// <remarks>Compiles the course on first use.</remarks>
    public Instant? Start => Compiled.Changes.Length == 0 ? null : Compiled.Changes[0];

    /// <summary>Gets the last change: after it, what applies stays the same for good. <see langword="null"/> when nothing ever applies.</summary>
    /// <remarks>Compiles the course on first use.</remarks>
    public Instant? End => Compiled.Changes.Length == 0 ? null : Compiled.Changes[^1];

    /// <summary>Gets whether the course has been compiled (by a question that needs whole stretches of time).</summary>
    public bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>Gets the compiled course, compiling it once on first use.</summary>
    internal CompiledSchedule Compiled => Volatile.Read(ref _compiled) ?? CompileOnce();

    /// <summary>Applies a protocol to a plan; the same as <see cref="CareProtocol.Apply"/>.</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="plan">The plan.</param>
    /// <returns>The schedule.</returns>
    public static CareSchedule Create(CareProtocol protocol, CarePlan plan)
    {
        Preconditions.CheckNotNull(protocol);
        Preconditions.CheckNotNull(plan);
        return new CareSchedule(protocol, plan);
    }

    /// <summary>What applies at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The advice: every rule that applies or is suspended at that instant, in protocol order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> has no local date in the plan's zone (within a few hours of <see cref="Instant.MinValue"/> or <see cref="Instant.MaxValue"/>).</exception>
    public CareAdvice At(Instant instant) => AtInstant(instant, CareQueryKind.Instant);

    /// <summary>What applies now, by a clock.</summary>
    /// <param name="clock">The clock; the only place "now" is read.</param>
    /// <returns>The advice at the clock's current instant.</returns>
    public CareAdvice Now(IClock clock) => AtInstant(Preconditions.CheckNotNull(clock).GetCurrentInstant(), CareQueryKind.Now);

    /// <summary>
    /// What applies at an instant, as items made one by one while they are enumerated: the same items as
    /// <see cref="At(Instant)"/>, without allocating and without writing them anywhere. For <c>foreach</c> in a hot loop;
    /// the first call compiles the course.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>An enumerable of the items, in protocol order.</returns>
    public ItemEnumerator EnumerateAt(Instant instant)
    {
        CompiledSchedule compiled = Compiled;
        int segment = compiled.SegmentOf(instant);
        return new ItemEnumerator(this, compiled, compiled.SegmentOffsets[segment], compiled.SegmentOffsets[segment + 1], instant);
    }

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

    /// <summary>
    /// The timeline from an instant: ordered, contiguous segments covering [<paramref name="from"/>,
    /// <paramref name="to"/>), or from <paramref name="from"/> on for good when <paramref name="to"/> is
    /// <see langword="null"/>. Segments break only where what applies or what is suspended changes; consecutive
    /// segments always differ (except where <paramref name="from"/> and <paramref name="to"/> cut them).
    /// </summary>
    /// <param name="from">The start, inclusive.</param>
    /// <param name="to">The end, exclusive; <see langword="null"/> to run on past the last change, the last segment then having no end (what stays for good).</param>
    /// <returns>The segments, each a <see cref="CareAdvice"/> of kind <see cref="CareQueryKind.Segment"/> whose <see cref="CareAdvice.Interval"/> is the segment and whose items give the governing sessions at its start.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not later than <paramref name="from"/>.</exception>
    public ImmutableArray<CareAdvice> Timeline(Instant from, Instant? to = null)
    {
        if (to is { } end && end <= from)
        {
            throw new ArgumentException($"The end of the range ({end}) must be later than its start ({from}).", nameof(to));
        }

        CompiledSchedule compiled = Compiled;
        Instant[] changes = compiled.Changes;
        var segments = ImmutableArray.CreateBuilder<CareAdvice>();
        Instant start = from;
        for (int next = CompiledSchedule.CountAtOrBefore(changes, from); ; next++)
        {
            Instant? segmentEnd = next < changes.Length ? changes[next] : null;
            if (to is { } limit && (segmentEnd is null || segmentEnd.Value > limit))
            {
                segmentEnd = limit;
            }

            segments.Add(Segment(compiled, start, segmentEnd));
            if (segmentEnd is null || segmentEnd == to)
            {
                break;
            }

            start = segmentEnd.Value;
        }

        return segments.ToImmutable();
    }

    /// <summary>The whole course as a timeline: from the first change on, the last segment without end (what stays for good).</summary>
    /// <returns>The segments; empty when nothing ever applies.</returns>
    public ImmutableArray<CareAdvice> Timeline() => Start is { } start ? Timeline(start) : ImmutableArray<CareAdvice>.Empty;

    /// <summary>What changes next, strictly after an instant: the next instant at which some rule starts, ends or changes status.</summary>
    /// <param name="after">The instant.</param>
    /// <returns>The next change, or <see langword="null"/> when nothing changes after <paramref name="after"/>.</returns>
    public CareChange? NextChange(Instant after)
    {
        CompiledSchedule compiled = Compiled;
        int index = CompiledSchedule.CountAtOrBefore(compiled.Changes, after);
        if (index >= compiled.Changes.Length)
        {
            return null;
        }

        Instant at = compiled.Changes[index];
        Instant before = at - Duration.Epsilon;
        int segment = compiled.SegmentOf(at);
        var started = ImmutableArray.CreateBuilder<CareAdviceItem>();
        var ended = ImmutableArray.CreateBuilder<CareAdviceItem>();
        int[] offsets = compiled.SegmentOffsets;
        int[] items = compiled.SegmentItems;

        // What ends at the change was present in the segment before it; what starts there is present in the one after.
        for (int k = offsets[segment - 1]; k < offsets[segment]; k++)
        {
            int part = items[k];
            if (compiled.Stretches[compiled.PartStretch[part]].End == at)
            {
                ended.Add(ItemOf(compiled, part, before, null));
            }
        }

        for (int k = offsets[segment]; k < offsets[segment + 1]; k++)
        {
            int part = items[k];
            if (compiled.Stretches[compiled.PartStretch[part]].Start == at)
            {
                started.Add(ItemOf(compiled, part, at, null));
            }
        }

        return new CareChange(at, started.ToImmutable(), ended.ToImmutable());
    }

    /// <summary>Returns a description such as <c>Standard for Europe/London: session 1 (2026-11-20T10:00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Protocol.Name} for {Plan}";

    /// <summary>Enumerates the items at an instant, making each as it is read (<see cref="EnumerateAt"/>); use it with <c>foreach</c>.</summary>
    /// <remarks>A small value that allocates nothing; it advances, so it is a mutable struct. The default value enumerates nothing.</remarks>
    public struct ItemEnumerator
    {
        private readonly CareSchedule? _schedule;
        private readonly ItemSeed[]? _seeds;
        private readonly int _end;
        private readonly Instant _instant;
        private int _index;

        internal ItemEnumerator(CareSchedule schedule, CompiledSchedule compiled, int start, int end, Instant instant)
        {
            _schedule = schedule;
            _seeds = compiled.SegmentSeeds;
            _index = start - 1;
            _end = end;
            _instant = instant;
        }

        /// <summary>Gets the current item.</summary>
        public readonly CareAdviceItem Current => new(_schedule!, in _seeds![_index], _instant, 0, hasDate: false);

        /// <summary>Returns this value as its own enumerator, for <c>foreach</c>.</summary>
        /// <returns>The enumerator.</returns>
        public readonly ItemEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next item.</summary>
        /// <returns><see langword="true"/> if there is one.</returns>
        public bool MoveNext() => ++_index < _end; // the default value has _index 0 and _end 0: it ends at once
    }

    private CompiledSchedule CompileOnce()
    {
        lock (LazyInitializer.EnsureInitialized(ref _compileLock))
        {
            CompiledSchedule? compiled = _compiled;
            if (compiled is null)
            {
                compiled = ScheduleCompiler.Compile(Protocol, Plan);
                Volatile.Write(ref _compiled, compiled);
            }

            return compiled;
        }
    }

    private CareAdvice AtInstant(Instant instant, CareQueryKind kind)
    {
        // Near the ends of time, where the local date may not exist, NodaTime's own conversion says why.
        int dayNumber = DayNumberOf(instant);
        CompiledSchedule? compiled = Volatile.Read(ref _compiled);
        if (compiled is null)
        {
            InlineSeeds inline = default;
            ItemSeed[]? seeds = Protocol.Evaluator.Evaluate(Plan, instant, dayNumber, ref inline, out int count);
            return seeds is null
                ? new CareAdvice(this, kind, dayNumber, instant, in inline, count)
                : new CareAdvice(this, kind, dayNumber, instant, instant, seeds, 0, count);
        }

        return FromSegment(compiled, kind, instant, instant, dayNumber);
    }

    /// <summary>An answer of the items of the segment holding <paramref name="at"/>, made from the compiled course's seeds when read.</summary>
    private CareAdvice FromSegment(CompiledSchedule compiled, CareQueryKind kind, Instant at, Instant? end, int date)
    {
        int segment = compiled.SegmentOf(at);
        int first = compiled.SegmentOffsets[segment];
        int count = compiled.SegmentOffsets[segment + 1] - first;
        return new CareAdvice(this, kind, date, at, end, compiled.SegmentSeeds, first, count);
    }

    private CareAdviceItem ItemOf(CompiledSchedule compiled, int part, Instant at, int? date) =>
        new(this, in compiled.Seeds[part], at, date.GetValueOrDefault(), date.HasValue);

    private CareAdvice Segment(CompiledSchedule compiled, Instant start, Instant? end) =>
        FromSegment(compiled, CareQueryKind.Segment, start, end, DayNumberOf(start));

    /// <summary>The day number of an instant's local date; near the ends of time, where it may not exist, NodaTime's own conversion says why.</summary>
    private int DayNumberOf(Instant instant) =>
        DayNumbers.TryOfLocal(instant, Plan.Zone, out int day) ? day : DayNumbers.Of(LocalDateOf(instant));

    private LocalDate LocalDateOf(Instant instant)
    {
        try
        {
            return instant.InZone(Plan.Zone).Date;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"The instant {instant} has no local date in {Plan.Zone.Id}: it lies too close to the end of time. {e.Message}");
        }
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

        CompiledSchedule compiled = Compiled;
        int day = DayNumbers.Of(date);
        Instant dayStart = PlanContext.StartOfDate(Plan.Zone, date);
        Instant dayEnd = PlanContext.StartOfDate(Plan.Zone, date.PlusDays(1));

        // Each stretch that touches the date once (stretch indexes are in protocol order), naming the latest session
        // that governs it within the date and the suspender at its last instant within the date.
        var seen = new List<(int Stretch, int Part, int Session)>(Protocol.Rules.Length + 2);
        int[] offsets = compiled.SegmentOffsets;
        Instant[] transitions = compiled.Transitions;
        if (dayEnd > dayStart)
        {
            for (int segment = compiled.SegmentOf(dayStart); ; segment++)
            {
                for (int k = offsets[segment]; k < offsets[segment + 1]; k++)
                {
                    int part = compiled.SegmentItems[k];
                    int stretch = compiled.PartStretch[part];
                    int session = compiled.Parts[part].Session;
                    int found = seen.Count - 1;
                    while (found >= 0 && seen[found].Stretch != stretch)
                    {
                        found--;
                    }

                    if (found < 0)
                    {
                        seen.Add((stretch, part, session));
                    }
                    else
                    {
                        seen[found] = (stretch, part, Math.Max(seen[found].Session, session));
                    }
                }

                if (segment >= transitions.Length || transitions[segment] >= dayEnd)
                {
                    break;
                }
            }
        }

        // Stretch indexes are in protocol order, then start.
        seen.Sort(static (a, b) => a.Stretch.CompareTo(b.Stretch));
        var items = new CareAdviceItem[seen.Count];
        for (int i = 0; i < items.Length; i++)
        {
            Part p = compiled.Parts[seen[i].Part];
            Instant at = p.Start > dayStart ? p.Start : dayStart;
            items[i] = new CareAdviceItem(this, p.Rule, seen[i].Session, p.Suspender, at, day, dayPart: true);
        }

        return new CareAdvice(this, kind, day, dayStart, dayEnd, items);
    }
}
