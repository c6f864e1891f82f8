using System.Collections.Immutable;
using NodaTime;
using SmpRules.Plans;

namespace SmpRules.Scheduling;

/// <summary>One question to the windows: a plan's sessions, an instant and its local date in the plan's zone.</summary>
internal readonly struct InstantQuery
{
    internal InstantQuery(ImmutableArray<CareSession> sessions, Instant instant, LocalDate date)
    {
        Sessions = sessions;
        Instant = instant;
        Date = date;
    }

    internal ImmutableArray<CareSession> Sessions { get; }

    internal Instant Instant { get; }

    /// <summary>The local date of <see cref="Instant"/>: the start of local day d lies at or before the instant exactly when d is on or before this date.</summary>
    internal LocalDate Date { get; }
}
