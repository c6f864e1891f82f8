using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;
using SmpRules.Utility;

namespace SmpRules.Plans;

/// <summary>
/// A client's plan: one IANA time zone, one or more treatment sessions as local dates and times in that zone, and
/// facts about the client.
/// </summary>
/// <remarks>
/// <para>Sessions are numbered from 1 in chronological order, whatever order they are given in. A local time that does
/// not exist in the zone (a spring-forward gap) is rejected; an ambiguous one (a fall-back overlap) means the earlier
/// of its two instants; two sessions at one instant are rejected (DOMAIN.md section 3). Sessions may lie in the future.</para>
/// <para>Instances are immutable and thread-safe, and compare by value.</para>
/// </remarks>
public sealed class CarePlan : IEquatable<CarePlan>
{
    private static readonly LocalDateTimePattern MinutePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    private CarePlan(DateTimeZone zone, ImmutableArray<CareSession> sessions, ClientFacts facts)
    {
        Zone = zone;
        Sessions = sessions;
        Facts = facts;
    }

    /// <summary>Gets the plan's time zone: day numbers are calendar days in this zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the sessions in chronological order, numbered from 1.</summary>
    public ImmutableArray<CareSession> Sessions { get; }

    /// <summary>Gets the facts about the client that rules' conditions read.</summary>
    public ClientFacts Facts { get; }

    /// <summary>Gets the first session: course day 0 is its local date.</summary>
    public CareSession FirstSession => Sessions[0];

    /// <summary>Gets the final session.</summary>
    public CareSession FinalSession => Sessions[^1];

    /// <summary>Creates a plan.</summary>
    /// <param name="zone">The client's time zone.</param>
    /// <param name="sessions">The sessions' local dates and times in <paramref name="zone"/>, in any order; at least one.</param>
    /// <param name="facts">Facts about the client; none if <see langword="null"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="CarePlanException">There are no sessions, a session falls in a daylight-saving gap, or two fall on one instant.</exception>
    public static CarePlan Create(DateTimeZone zone, IEnumerable<LocalDateTime> sessions, ClientFacts? facts)
    {
        Preconditions.CheckNotNull(zone);
        Preconditions.CheckNotNull(sessions);
        LocalDateTime[] given = sessions as LocalDateTime[] ?? sessions.ToArray();
        int count = given.Length;

        // The common case, fast: map each local time once, sort by instant, check neighbours for duplicates. Any problem
        // sends the input to the path that describes every problem (Problems), which need not be fast.
        if (count == 0)
        {
            throw new CarePlanException(Problems(zone, given));
        }

        var ordered = new CareSession[count];
        bool inOrder = true;
        IntervalReach reach = default;
        for (int i = 0; i < count; i++)
        {
            if (!TryMap(zone, given[i], ref reach, out Instant instant, out int dayNumber))
            {
                throw new CarePlanException(Problems(zone, given));
            }

            ordered[i] = new CareSession(i + 1, given[i], instant, dayNumber);
            inOrder &= i == 0 || ordered[i - 1].Instant < instant;
        }

        if (!inOrder)
        {
            // Given out of order (or two at one instant): sort by instant, stable, and renumber.
            var byInstant = new CareSession[count];
            Array.Copy(ordered, byInstant, count);
            Array.Sort(byInstant, static (a, b) => a.Instant != b.Instant ? a.Instant.CompareTo(b.Instant) : a.Number.CompareTo(b.Number));
            for (int k = 0; k < count; k++)
            {
                if (k > 0 && byInstant[k - 1].Instant == byInstant[k].Instant)
                {
                    throw new CarePlanException(Problems(zone, given));
                }

                ordered[k] = new CareSession(k + 1, byInstant[k].LocalDateTime, byInstant[k].Instant, byInstant[k].DayNumber);
            }
        }

        return new CarePlan(zone, ImmutableCollectionsMarshal.AsImmutableArray(ordered), facts ?? ClientFacts.Empty);
    }

    /// <summary>
    /// Maps a local date and time to its instant as <c>zone.MapLocal(local).First()</c> does (an ambiguous time to the
    /// earlier instant); false in a gap. Away from offset changes it needs no more than the zone interval it falls in,
    /// which the sessions of one plan usually share (<paramref name="reach"/> carries it from one call to the next).
    /// Also gives the local date's day number (<see cref="Utility.DayNumbers"/>), read off the local time as UTC.
    /// </summary>
    private static bool TryMap(DateTimeZone zone, LocalDateTime local, ref IntervalReach reach, out Instant instant, out int dayNumber)
    {
        // Offsets lie within ±18 hours, so every instant the local time maps to lies within 18 hours of the local time
        // read as UTC. When one zone interval reaches a day either side of that, it holds them all, so they share its
        // offset: there is exactly one, the local time minus that offset.
        Instant asUtc = local.InUtc().ToInstant();
        dayNumber = Utility.DayNumbers.OfUtc(asUtc);
        if (!reach.Holds(asUtc))
        {
            reach = new IntervalReach(zone.GetZoneInterval(asUtc));
        }

        if (reach.Holds(asUtc))
        {
            instant = asUtc - reach.Offset;
            return true;
        }

        // Near an offset change: NodaTime's mapping (an ambiguous time to the earlier instant), and no instant beyond
        // the range of time.
        ZoneLocalMapping mapping = zone.MapLocal(local);
        Duration offset = mapping.Count == 0 ? Duration.Zero : Duration.FromSeconds(mapping.First().Offset.Seconds);
        if (mapping.Count == 0
            || (offset > Duration.Zero && asUtc < Instant.MinValue + offset)
            || (offset < Duration.Zero && asUtc > Instant.MaxValue + offset))
        {
            instant = default;
            return false;
        }

        instant = asUtc - offset;
        return true;
    }

    /// <summary>Every problem of a plan's sessions, described: no sessions, daylight-saving gaps, sessions at one instant.</summary>
    private static List<string> Problems(DateTimeZone zone, LocalDateTime[] given)
    {
        var problems = new List<string>();
        if (given.Length == 0)
        {
            problems.Add("A plan needs at least one session.");
        }

        var mapped = new List<(LocalDateTime Local, Instant Instant, int Position)>(given.Length);
        for (int i = 0; i < given.Length; i++)
        {
            LocalDateTime local = given[i];
            ZoneLocalMapping mapping = zone.MapLocal(local);
            if (mapping.Count == 0)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The session at {Format(local)} (position {i + 1}) does not exist in {zone.Id}: {DescribeGap(mapping.EarlyInterval.IsoLocalEnd, mapping.LateInterval.IsoLocalStart)}."));
                continue;
            }

            Instant instant;
            try
            {
                instant = mapping.First().ToInstant();
            }
            catch (OverflowException)
            {
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The session at {Format(local)} (position {i + 1}) has no instant in {zone.Id}: it lies beyond the range of time supported (UTC years -9998 to 9999)."));
                continue;
            }

            mapped.Add((local, instant, i + 1));
        }

        foreach (var group in mapped.GroupBy(m => m.Instant).Where(g => g.Count() > 1))
        {
            string positions = string.Join(", ", group.Take(group.Count() - 1).Select(m => m.Position.ToString(CultureInfo.InvariantCulture)))
                               + " and " + group.Last().Position.ToString(CultureInfo.InvariantCulture);
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The sessions at positions {positions} fall on the same instant, {InstantPattern.General.Format(group.Key)}; a plan cannot have two sessions at one instant."));
        }

        return problems;
    }

    /// <summary>Creates a plan.</summary>
    /// <param name="zone">The client's time zone.</param>
    /// <param name="sessions">The sessions' local dates and times in <paramref name="zone"/>; at least one.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="CarePlanException">There are no sessions, a session falls in a daylight-saving gap, or two fall on one instant.</exception>
    public static CarePlan Create(DateTimeZone zone, params LocalDateTime[] sessions) => Create(zone, sessions, null);

    /// <summary>Creates a plan in a zone given by its IANA id, such as <c>Europe/London</c>.</summary>
    /// <param name="zoneId">The IANA time zone id.</param>
    /// <param name="sessions">The sessions' local dates and times in that zone, in any order; at least one.</param>
    /// <param name="facts">Facts about the client; none if <see langword="null"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="CarePlanException">The zone is not a known IANA zone in <see cref="DateTimeZoneProviders.Tzdb"/>, or the sessions are invalid.</exception>
    public static CarePlan Create(string zoneId, IEnumerable<LocalDateTime> sessions, ClientFacts? facts) =>
        Create(FindZone(zoneId), sessions, facts);

    /// <summary>Creates a plan in a zone given by its IANA id, such as <c>Europe/London</c>.</summary>
    /// <param name="zoneId">The IANA time zone id.</param>
    /// <param name="sessions">The sessions' local dates and times in that zone; at least one.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="CarePlanException">The zone is not a known IANA zone in <see cref="DateTimeZoneProviders.Tzdb"/>, or the sessions are invalid.</exception>
    public static CarePlan Create(string zoneId, params LocalDateTime[] sessions) => Create(FindZone(zoneId), sessions, null);

    /// <summary>Finds a time zone by its IANA id in <see cref="DateTimeZoneProviders.Tzdb"/>, with an error that says what is wrong.</summary>
    /// <param name="zoneId">The IANA time zone id, such as <c>Europe/London</c>.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="CarePlanException">The id is empty or not a known zone.</exception>
    public static DateTimeZone FindZone(string zoneId) => FindZone(zoneId, DateTimeZoneProviders.Tzdb);

    /// <summary>Finds a time zone by its IANA id, with an error that says what is wrong.</summary>
    /// <param name="zoneId">The IANA time zone id, such as <c>Europe/London</c>.</param>
    /// <param name="zones">The zone provider.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="CarePlanException">The id is empty or not a known zone.</exception>
    public static DateTimeZone FindZone(string zoneId, IDateTimeZoneProvider zones)
    {
        Preconditions.CheckNotNull(zoneId);
        Preconditions.CheckNotNull(zones);
        DateTimeZone? zone = string.IsNullOrWhiteSpace(zoneId) ? null : zones.GetZoneOrNull(zoneId);
        return zone ?? throw new CarePlanException($"The time zone '{zoneId}' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'.");
    }

    /// <summary>Returns this plan with one more session (planned, or a touch-up).</summary>
    /// <param name="session">The session's local date and time.</param>
    /// <returns>The new plan, renumbered chronologically.</returns>
    /// <exception cref="CarePlanException">The session is in a gap or at the instant of another session.</exception>
    [Pure]
    public CarePlan WithSession(LocalDateTime session) => Create(Zone, Sessions.Select(s => s.LocalDateTime).Append(session), Facts);

    /// <summary>Returns this plan without one session.</summary>
    /// <param name="number">The session's number, from 1.</param>
    /// <returns>The new plan, renumbered chronologically.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not the number of a session.</exception>
    /// <exception cref="CarePlanException">It is the plan's only session.</exception>
    [Pure]
    public CarePlan WithoutSession(int number)
    {
        Preconditions.CheckRange(number, 1, Sessions.Length);
        return Create(Zone, Sessions.Where(s => s.Number != number).Select(s => s.LocalDateTime), Facts);
    }

    /// <summary>Returns this plan with one session moved, as when a session is postponed.</summary>
    /// <param name="number">The session's number, from 1.</param>
    /// <param name="to">The new local date and time.</param>
    /// <returns>The new plan, renumbered chronologically.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not the number of a session.</exception>
    /// <exception cref="CarePlanException">The new time is in a gap or at the instant of another session.</exception>
    [Pure]
    public CarePlan WithSessionMoved(int number, LocalDateTime to)
    {
        Preconditions.CheckRange(number, 1, Sessions.Length);
        return Create(Zone, Sessions.Select(s => s.Number == number ? to : s.LocalDateTime), Facts);
    }

    /// <summary>Returns this plan with other client facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The new plan.</returns>
    [Pure]
    public CarePlan WithFacts(ClientFacts facts) => new(Zone, Sessions, Preconditions.CheckNotNull(facts));

    /// <inheritdoc />
    public bool Equals(CarePlan? other) =>
        other is not null && Zone.Equals(other.Zone) && Sessions.SequenceEqual(other.Sessions) && Facts.Equals(other.Facts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CarePlan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Zone.Id, Sessions.Length, Sessions[0].Instant);

    /// <summary>Returns a description such as <c>Europe/London: session 1 (2026-11-20T10:00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Zone.Id}: {string.Join(", ", Sessions)}";

    private static string Format(LocalDateTime local) => MinutePattern.Format(local);

    /// <summary>Describes a spring-forward gap; one that crosses midnight or skips whole days gives both dates.</summary>
    private static string DescribeGap(LocalDateTime from, LocalDateTime to) => from.Date == to.Date
        ? $"the clocks go forward from {Format(from)[11..]} to {Format(to)[11..]} on {Format(from)[..10]}"
        : $"the clocks go forward from {Format(from)} to {Format(to)}";

    /// <summary>
    /// Where local times read as UTC map by one zone interval's offset alone: a day inside either end of it, and (for the
    /// first and last intervals, which reach the ends of time) a day inside the range of instants, so that subtracting
    /// the offset cannot leave it.
    /// </summary>
    private readonly struct IntervalReach
    {
        private static readonly Duration Margin = Duration.FromHours(24);

        private readonly Instant _from;
        private readonly Instant _until;

        internal IntervalReach(ZoneInterval interval)
        {
            _from = (interval.HasStart ? interval.Start : Instant.MinValue) + Margin;
            _until = (interval.HasEnd ? interval.End : Instant.MaxValue) - Margin;
            Offset = Duration.FromSeconds(interval.WallOffset.Seconds);
            IsSet = true;
        }

        internal Duration Offset { get; }

        private bool IsSet { get; }

        internal bool Holds(Instant asUtc) => IsSet && _from <= asUtc && asUtc < _until;
    }
}
