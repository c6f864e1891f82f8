using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Output;

/// <summary>The answer of <c>timeline</c>: the segments of a range, and the local dates the chart shows.</summary>
internal sealed class Timeline
{
    private Timeline(CareSchedule schedule, ImmutableArray<CareAdvice> advice, LocalDate firstDate, LocalDate lastDate)
    {
        Schedule = schedule;
        Advice = advice;
        Segments = advice.Select(a => new TimelineSegment(
            a.Interval.Start,
            a.Interval.HasEnd ? a.Interval.End : null,
            a.Applying.Select(i => i.RuleId).ToImmutableArray(),
            a.Suspended.Select(i => i.RuleId).ToImmutableArray())).ToImmutableArray();
        FirstDate = firstDate;
        LastDate = lastDate;
    }

    public CareSchedule Schedule { get; }

    /// <summary>Gets the segments as the library answers them (for the JSON contract).</summary>
    public ImmutableArray<CareAdvice> Advice { get; }

    public ImmutableArray<TimelineSegment> Segments { get; }

    /// <summary>Gets the first date of the chart.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>Gets the last date of the chart, inclusive.</summary>
    public LocalDate LastDate { get; }

    /// <summary>
    /// Lays out a range: from the start of <paramref name="from"/> (default: the first change, or the first session when
    /// nothing ever applies) to the end of <paramref name="to"/> (default: on for good, the last segment without end).
    /// </summary>
    public static Timeline Create(CareSchedule schedule, LocalDate? from, LocalDate? to)
    {
        DateTimeZone zone = schedule.Zone;
        Instant first = schedule.Start ?? schedule.Plan.FirstSession.Instant;
        Instant start = from is { } f ? zone.AtStartOfDay(f).ToInstant() : first;
        Instant? end = to is { } t ? zone.AtStartOfDay(t.PlusDays(1)).ToInstant() : null;
        if (from is null && end is { } e && start >= e)
        {
            start = zone.AtStartOfDay(to!.Value).ToInstant();
        }

        ImmutableArray<CareAdvice> segments = schedule.Timeline(start, end);
        Instant last = schedule.End is { } changed && changed > start ? changed : start;
        LocalDate firstDate = from ?? start.InZone(zone).Date;
        LocalDate lastDate = to ?? last.InZone(zone).Date;
        return new Timeline(schedule, segments, firstDate, lastDate);
    }
}
