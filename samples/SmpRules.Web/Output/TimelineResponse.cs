using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Scheduling;

namespace SmpRules.Web.Output;

/// <summary>The answer of <c>/api/timeline</c>: the same fields as smp-care's <c>timeline --format json</c>.</summary>
internal sealed record TimelineResponse(string Zone, IReadOnlyList<TimelineSegment> Segments)
{
    /// <summary>
    /// Lays out a range as smp-care does: from the start of <paramref name="from"/> (default: the first change) to the end
    /// of <paramref name="to"/> (default: the last change, followed by a segment without end for what stays for good).
    /// </summary>
    public static TimelineResponse Create(CareSchedule schedule, LocalDate? from, LocalDate? to)
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

        var segments = new List<TimelineSegment>();
        if (start < end)
        {
            foreach (CareSegment segment in schedule.Timeline(start, end))
            {
                segments.Add(new TimelineSegment(AdviceResponse.Utc(segment.Interval.Start), AdviceResponse.Utc(segment.Interval.End), Ids(segment.Applying), Ids(segment.Suspended)));
            }
        }

        if (to is null)
        {
            // Nothing changes after the range's end (the last change): show what stays for good, if anything does.
            CareAdvice after = schedule.At(end);
            if (!after.Items.IsEmpty)
            {
                segments.Add(new TimelineSegment(AdviceResponse.Utc(end), null, Ids(after.Applying), Ids(after.Suspended)));
            }
        }

        return new TimelineResponse(zone.Id, segments);
    }

    private static string[] Ids(ImmutableArray<CareAdviceItem> items) => items.Select(i => i.RuleId).ToArray();
}

/// <summary>A stretch of time in which nothing changes; <see cref="Until"/> is null when it never ends.</summary>
internal sealed record TimelineSegment(string From, string? Until, IReadOnlyList<string> Applies, IReadOnlyList<string> Suspended);
