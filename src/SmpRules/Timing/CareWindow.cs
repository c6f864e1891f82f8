using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using SmpRules.Scheduling;
using SmpRules.Utility;

namespace SmpRules.Timing;

/// <summary>
/// When a care rule applies, relative to the sessions of a plan: an <see cref="AnchoredWindow"/> (days or hours from a
/// session) or a <see cref="CombinedWindow"/> (a union, intersection or difference of two windows).
/// </summary>
/// <remarks>
/// <para>Windows are definitions, not instants: applied to a plan they become absolute intervals in the plan's time zone.
/// Day windows count calendar days in that zone; hour windows count elapsed time (DOMAIN.md section 3).</para>
/// <para>Instances are immutable and thread-safe, and compare by value.</para>
/// </remarks>
public abstract class CareWindow : IEquatable<CareWindow>
{
    /// <summary>The largest number of days a bound may lie from its session: 36,524 days, about 100 years.</summary>
    public const int MaxDays = 36_524;

    /// <summary>The largest number of hours a bound may lie from its session: <see cref="MaxDays"/> times 24.</summary>
    public const int MaxHours = MaxDays * 24;

    private protected CareWindow()
    {
    }

    /// <summary>Days <paramref name="fromDay"/> to <paramref name="toDay"/> of the session, both inclusive.</summary>
    /// <param name="fromDay">The first day; day 0 starts at the session itself.</param>
    /// <param name="toDay">The last day, covered to its end (the start of the next local day).</param>
    /// <param name="anchor">The session or sessions the days count from. The default is <see cref="WindowAnchor.EachSession"/>.</param>
    /// <returns>The window.</returns>
    /// <example><c>CareWindow.Days(0, 4)</c> is "days 0 to 4 after every session".</example>
    public static AnchoredWindow Days(int fromDay, int toDay, WindowAnchor anchor = WindowAnchor.EachSession) =>
        new(anchor, WindowStart.Day(fromDay), WindowEnd.EndOfDay(toDay));

    /// <summary>From day <paramref name="fromDay"/> of the session onwards, with no end.</summary>
    /// <param name="fromDay">The first day; day 0 starts at the session itself.</param>
    /// <param name="anchor">The session or sessions the days count from. The default is <see cref="WindowAnchor.EachSession"/>.</param>
    /// <returns>The open-ended window.</returns>
    public static AnchoredWindow DaysFrom(int fromDay, WindowAnchor anchor = WindowAnchor.EachSession) =>
        new(anchor, WindowStart.Day(fromDay), WindowEnd.Open);

    /// <summary>Elapsed hours <paramref name="fromHour"/> (inclusive) to <paramref name="toHour"/> (exclusive) after the session.</summary>
    /// <param name="fromHour">The first hour; negative hours lie before the session.</param>
    /// <param name="toHour">The hour at which the window ends.</param>
    /// <param name="anchor">The session or sessions the hours count from. The default is <see cref="WindowAnchor.EachSession"/>.</param>
    /// <returns>The window.</returns>
    /// <example><c>CareWindow.Hours(0, 48)</c> is "the first 48 hours after every session".</example>
    public static AnchoredWindow Hours(int fromHour, int toHour, WindowAnchor anchor = WindowAnchor.EachSession) =>
        new(anchor, WindowStart.Hour(fromHour), WindowEnd.Hour(toHour));

    /// <summary>From <paramref name="fromHour"/> elapsed hours after the session onwards, with no end.</summary>
    /// <param name="fromHour">The first hour; negative hours lie before the session.</param>
    /// <param name="anchor">The session or sessions the hours count from. The default is <see cref="WindowAnchor.EachSession"/>.</param>
    /// <returns>The open-ended window.</returns>
    public static AnchoredWindow HoursFrom(int fromHour, WindowAnchor anchor = WindowAnchor.EachSession) =>
        new(anchor, WindowStart.Hour(fromHour), WindowEnd.Open);

    /// <summary>Creates a window from any start and end.</summary>
    /// <param name="anchor">The session or sessions the bounds count from.</param>
    /// <param name="start">Where the window starts.</param>
    /// <param name="end">Where the window ends.</param>
    /// <returns>The window.</returns>
    public static AnchoredWindow Create(WindowAnchor anchor, WindowStart start, WindowEnd end) => new(anchor, start, end);

    /// <summary>Creates a window whose start and end count from different sessions, such as "from the first session until 30 days after the final one".</summary>
    /// <param name="startAnchor">The session or sessions the start counts from.</param>
    /// <param name="start">Where the window starts.</param>
    /// <param name="endAnchor">The session or sessions the end counts from.</param>
    /// <param name="end">Where the window ends: a day or an hour (an open, session or next-session end needs no end anchor).</param>
    /// <returns>The window: one stretch from the start to the end, governed by the latest session that has begun.</returns>
    /// <example><c>CareWindow.Create(WindowAnchor.FirstSession, WindowStart.Day(0), WindowAnchor.FinalSession, WindowEnd.EndOfDay(30))</c>: no swimming from the first session until 30 days after the final one.</example>
    public static AnchoredWindow Create(WindowAnchor startAnchor, WindowStart start, WindowAnchor endAnchor, WindowEnd end) => new(startAnchor, start, endAnchor, end, false);

    /// <summary>The instants covered by this window or by <paramref name="other"/>.</summary>
    /// <param name="other">The other window.</param>
    /// <returns>The union; where both cover an instant, the later governing session wins.</returns>
    [Pure]
    public CombinedWindow Union(CareWindow other) => new(WindowOperation.Union, this, Preconditions.CheckNotNull(other));

    /// <summary>The instants covered by both this window and <paramref name="other"/>.</summary>
    /// <param name="other">The other window.</param>
    /// <returns>The intersection; the later of the two governing sessions governs.</returns>
    [Pure]
    public CombinedWindow Intersect(CareWindow other) => new(WindowOperation.Intersection, this, Preconditions.CheckNotNull(other));

    /// <summary>The instants covered by this window but not by <paramref name="other"/>.</summary>
    /// <param name="other">The window to take away.</param>
    /// <returns>The difference; this window's session governs.</returns>
    [Pure]
    public CombinedWindow Except(CareWindow other) => new(WindowOperation.Difference, this, Preconditions.CheckNotNull(other));

    /// <summary>Returns this window moved by a number of days: day bounds move by calendar days, hour bounds by 24 hours a day.</summary>
    /// <param name="days">The number of days; negative values move the window earlier.</param>
    /// <returns>The moved window. Open, session and next-session ends do not move.</returns>
    [Pure]
    public abstract CareWindow ShiftDays(int days);

    /// <summary>Returns this window moved by a number of elapsed hours.</summary>
    /// <param name="hours">The number of hours; negative values move the window earlier.</param>
    /// <returns>The moved window.</returns>
    /// <exception cref="InvalidOperationException">The window has a day bound, which can only move by whole days (use <see cref="ShiftDays"/>).</exception>
    [Pure]
    public abstract CareWindow ShiftHours(int hours);

    /// <inheritdoc />
    public abstract bool Equals(CareWindow? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is CareWindow other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Compares two windows for equality by value.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> if both describe the same window.</returns>
    public static bool operator ==(CareWindow? left, CareWindow? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two windows for inequality by value.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> if the windows differ.</returns>
    public static bool operator !=(CareWindow? left, CareWindow? right) => !(left == right);

    /// <summary>Evaluates the window on a plan: ordered, disjoint, non-touching pieces tagged with their governing session.</summary>
    internal abstract List<Piece> Evaluate(PlanContext plan);

    /// <summary>
    /// Returns the index of the session that governs this window at one instant (the latest session whose window covers
    /// it), or -1 when the window does not cover it: the value <see cref="Evaluate"/>'s pieces give at that instant,
    /// found without evaluating the whole plan.
    /// </summary>
    internal abstract int GoverningAt(in InstantQuery query);

    /// <summary>Adds a sentence for every problem of this window (an empty or reversed anchored window).</summary>
    internal abstract void CollectProblems(List<string> problems);

    internal static int CheckDays(int days, string paramName) => Preconditions.CheckRange(days, -MaxDays, MaxDays, paramName);

    internal static int CheckHours(int hours, string paramName) => Preconditions.CheckRange(hours, -MaxHours, MaxHours, paramName);
}
