using System.Collections.Immutable;
using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>
/// What changes at one instant of a schedule: the stretches that start there and the ones that end there. A handover
/// from one governing session to the next is not a change (DOMAIN.md section 3, "Timeline and next change").
/// </summary>
/// <remarks>A rule that goes from applying to suspended appears in both lists. Immutable and thread-safe.</remarks>
public sealed class CareChange
{
    internal CareChange(Instant at, ImmutableArray<CareAdviceItem> started, ImmutableArray<CareAdviceItem> ended)
    {
        At = at;
        Started = started;
        Ended = ended;
    }

    /// <summary>Gets the instant of the change.</summary>
    public Instant At { get; }

    /// <summary>Gets the items whose stretch starts at <see cref="At"/>, with day numbers for that instant.</summary>
    public ImmutableArray<CareAdviceItem> Started { get; }

    /// <summary>Gets the items whose stretch ends at <see cref="At"/>, with day numbers for their last instant.</summary>
    public ImmutableArray<CareAdviceItem> Ended { get; }

    /// <summary>Returns a description of the change.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{At}: {Started.Length} started, {Ended.Length} ended";
}
