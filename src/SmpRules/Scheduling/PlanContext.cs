using NodaTime;
using SmpRules.Plans;

namespace SmpRules.Scheduling;

/// <summary>A plan's sessions as arrays, for evaluating windows.</summary>
internal sealed class PlanContext
{
    internal PlanContext(CarePlan plan)
    {
        Zone = plan.Zone;
        Count = plan.Sessions.Length;
        Instants = new Instant[Count];
        Dates = new LocalDate[Count];
        for (int i = 0; i < Count; i++)
        {
            Instants[i] = plan.Sessions[i].Instant;
            Dates[i] = plan.Sessions[i].LocalDateTime.Date;
        }
    }

    internal DateTimeZone Zone { get; }

    internal int Count { get; }

    internal Instant[] Instants { get; }

    internal LocalDate[] Dates { get; }

    /// <summary>The first instant of local day <paramref name="day"/> of a session, which is not always midnight (DST at midnight).</summary>
    internal Instant StartOfDay(int session, int day) => StartOfDate(Zone, Dates[session].PlusDays(day));

    /// <summary>The first instant of a local date in a zone; a date the zone skips entirely (Pacific/Apia, 2011-12-30) starts, and ends, where the next date starts.</summary>
    internal static Instant StartOfDate(DateTimeZone zone, LocalDate date)
    {
        try
        {
            return zone.AtStartOfDay(date).ToInstant();
        }
        catch (SkippedTimeException)
        {
            return zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
        }
    }
}
