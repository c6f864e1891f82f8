using System.Collections.Immutable;
using NodaTime;
using SmpRules.Plans;

namespace SmpRules.Scheduling;

/// <summary>One question to the windows: a plan's sessions, an instant and its local date in the plan's zone.</summary>
internal readonly struct InstantQuery
{
    internal InstantQuery(ImmutableArray<CareSession> sessions, Instant instant, int dayNumber)
    {
        Sessions = sessions;
        Instant = instant;
        DayNumber = dayNumber;
        int lo = 0, hi = sessions.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (sessions[mid].Instant <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        LastSessionAtOrBefore = lo - 1;
    }

    /// <summary>The index of the last session at or before <see cref="Instant"/>, or -1: where every window that starts at its session (day 0, hour 0) has last started. Found once for all such windows.</summary>
    internal int LastSessionAtOrBefore { get; }

    internal ImmutableArray<CareSession> Sessions { get; }

    internal Instant Instant { get; }

    /// <summary>The local date of <see cref="Instant"/>, in the plan's zone, as a day number (days since 1970-01-01), as <see cref="CareSession.DayNumber"/>.</summary>
    internal int DayNumber { get; }
}
