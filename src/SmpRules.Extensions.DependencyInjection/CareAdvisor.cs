using System;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>
/// Answers an app's questions about a client's plan with the registered protocols and clock: it applies a registered
/// protocol to a plan once (<see cref="Schedule"/>), then says what applies now, today, and what changes next.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddSmpRules</c>. It holds no per-client state and is thread-safe. The clock is the
/// only place "now" is read; register a <see cref="IClock"/> of your own (such as NodaTime.Testing's FakeClock) before
/// <c>AddSmpRules</c> to control it.
/// </remarks>
public sealed class CareAdvisor
{
    private readonly ICareProtocolCatalog _protocols;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="CareAdvisor"/> class.</summary>
    /// <param name="protocols">The registered protocols.</param>
    /// <param name="clock">The clock.</param>
    public CareAdvisor(ICareProtocolCatalog protocols, IClock clock)
    {
        _protocols = protocols ?? throw new ArgumentNullException(nameof(protocols));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Gets the registered protocols.</summary>
    public ICareProtocolCatalog Protocols => _protocols;

    /// <summary>Applies a protocol to a plan.</summary>
    /// <param name="plan">The client's plan.</param>
    /// <param name="protocolName">The protocol's registered name; <see langword="null"/> for the default protocol.</param>
    /// <returns>The client's schedule.</returns>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">No protocol has that name.</exception>
    public CareSchedule Schedule(CarePlan plan, string? protocolName = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        CareProtocol protocol = protocolName is null ? _protocols.Default : _protocols.Get(protocolName);
        return protocol.Apply(plan);
    }

    /// <summary>What applies now for a client, by the registered clock.</summary>
    /// <param name="schedule">The client's schedule, from <see cref="Schedule"/>; keep it and ask it again, it is never re-applied.</param>
    /// <returns>The advice at the current instant (kind <see cref="CareQueryKind.Now"/>).</returns>
    public CareAdvice Now(CareSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.Now(_clock);
    }

    /// <summary>What applies today in the client's zone, by the registered clock.</summary>
    /// <param name="schedule">The client's schedule, from <see cref="Schedule"/>.</param>
    /// <returns>The advice for the client's current local date.</returns>
    public CareAdvice Today(CareSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.On(_clock.GetCurrentInstant().InZone(schedule.Zone).Date);
    }

    /// <summary>What changes next for a client, after the registered clock's current instant.</summary>
    /// <param name="schedule">The client's schedule, from <see cref="Schedule"/>.</param>
    /// <returns>The next change, or <see langword="null"/> when nothing changes any more.</returns>
    public CareChange? NextChange(CareSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return schedule.NextChange(_clock.GetCurrentInstant());
    }
}
