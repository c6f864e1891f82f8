using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;

namespace SmpRules.Scheduling;

/// <summary>
/// What applies at one instant, answered straight from a protocol and a plan by <see cref="CareProtocol.AdviceAt"/>,
/// without building a <see cref="CareSchedule"/>: every rule that applies or is suspended, in protocol order, with the
/// session that governs it.
/// </summary>
/// <remarks>
/// <para>For a stateless request ("what applies now for this plan?"), it costs about as much as a hand-written check and
/// far less than applying the protocol. Its items hold the same rules, statuses, governing sessions and suspending rules
/// as <see cref="CareSchedule.At"/>; they do not say how long a status lasts (that needs the whole schedule: use
/// <see cref="CareProtocol.Apply"/> for intervals, resumption times, explanations, dates and timelines).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class CareSnapshot
{
    internal CareSnapshot(CareProtocol protocol, CarePlan plan, Instant instant, LocalDate date, ImmutableArray<CareSnapshotItem> items)
    {
        Protocol = protocol;
        Plan = plan;
        Instant = instant;
        Date = date;
        Items = items;
    }

    /// <summary>Gets the protocol asked.</summary>
    public CareProtocol Protocol { get; }

    /// <summary>Gets the plan asked about.</summary>
    public CarePlan Plan { get; }

    /// <summary>Gets the instant asked about.</summary>
    public Instant Instant { get; }

    /// <summary>Gets the local date of <see cref="Instant"/> in the plan's zone.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the course day of <see cref="Date"/>: 0 on the first session's local date.</summary>
    public int CourseDay => Period.DaysBetween(Plan.FirstSession.Date, Date);

    /// <summary>Gets every rule that applies or is suspended at the instant, in protocol order.</summary>
    public ImmutableArray<CareSnapshotItem> Items { get; }

    /// <summary>Gets the items whose rule applies.</summary>
    public ImmutableArray<CareSnapshotItem> Applying => Items.Where(i => i.Status == CareStatus.Applies).ToImmutableArray();

    /// <summary>Gets the items whose rule is suspended.</summary>
    public ImmutableArray<CareSnapshotItem> Suspended => Items.Where(i => i.Status == CareStatus.Suspended).ToImmutableArray();

    /// <summary>Returns whether a rule applies (not suspended) at the instant.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns><see langword="true"/> if the rule applies.</returns>
    public bool Applies(string ruleId)
    {
        foreach (CareSnapshotItem item in Items)
        {
            if (item.Status == CareStatus.Applies && string.Equals(item.RuleId, ruleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns a description such as <c>2026-11-22 (course day 2): 7 items</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Date:uuuu-MM-dd} (course day {CourseDay}): {Items.Length} items";
}
