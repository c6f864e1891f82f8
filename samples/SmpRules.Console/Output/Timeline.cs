using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Output;

/// <summary>The answer of <c>timeline</c>: the segments of a range, and the local dates the chart shows.</summary>
internal sealed class Timeline
{
    private Timeline(CareSchedule schedule, ImmutableArray<TimelineSegment> segments, LocalDate firstDate, LocalDate lastDate)
    {
        Schedule = schedule;
        Segments = segments;
        FirstDate = firstDate;
        LastDate = lastDate;
    }

    public CareSchedule Schedule { get; }

    public ImmutableArray<TimelineSegment> Segments { get; }

    /// <summary>Gets the first date of the chart.</summary>
    public LocalDate FirstDate { get; }

    /// <summary>Gets the last date of the chart, inclusive.</summary>
    public LocalDate LastDate { get; }

    /// <summary>
    /// Lays out a range: from the start of <paramref name="from"/> (default: the first change) to the end of
    /// <paramref name="to"/> (default: the last change, followed by a segment without end for what stays for good).
    /// </summary>
    public static Timeline Create(CareSchedule schedule, LocalDate? from, LocalDate? to)
    {
        DateTimeZone zone = schedule.Zone;
        Instant first = schedule.Start ?? schedule.Plan.FirstSession.Instant;
        Instant last = schedule.End ?? first;

        Instant start = from is { } f ? zone.AtStartOfDay(f).ToInstant() : first;
        Instant end = to is { } t ? zone.AtStartOfDay(t.PlusDays(1)).ToInstant() : (last > start ? last : start);
        if (from is null && start >= end)
        {
            start = zone.AtStartOfDay(to!.Value).ToInstant();
        }

        var segments = ImmutableArray.CreateBuilder<TimelineSegment>();
        if (start < end)
        {
            foreach (CareSegment segment in schedule.Timeline(start, end))
            {
                segments.Add(new TimelineSegment(segment.Interval.Start, segment.Interval.End, Ids(segment.Applying), Ids(segment.Suspended)));
            }
        }

        if (to is null)
        {
            // Nothing changes after the range's end (the last change): show what stays for good, if anything does.
            CareAdvice after = schedule.At(end);
            if (!after.Items.IsEmpty)
            {
                segments.Add(new TimelineSegment(end, null, Ids(after.Applying), Ids(after.Suspended)));
            }
        }

        LocalDate firstDate = from ?? start.InZone(zone).Date;
        LocalDate lastDate = to ?? end.InZone(zone).Date;
        return new Timeline(schedule, segments.ToImmutable(), firstDate, lastDate);
    }

    private static ImmutableArray<string> Ids(ImmutableArray<CareAdviceItem> items) => items.Select(i => i.RuleId).ToImmutableArray();
}
