using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Scheduling;

namespace SmpRules.Timing;

/// <summary>
/// A window measured from a session: from a <see cref="WindowStart"/> to a <see cref="WindowEnd"/>, anchored at each
/// session, the first session or the final session of a plan.
/// </summary>
/// <remarks>Create one with <see cref="CareWindow.Days"/>, <see cref="CareWindow.Hours"/> and their relatives. Immutable and thread-safe.</remarks>
public sealed class AnchoredWindow : CareWindow
{
    /// <summary>The description, made once (the window is immutable): explanations quote it in every answer.</summary>
    private string? _description;

    internal AnchoredWindow(WindowAnchor anchor, WindowStart start, WindowEnd end)
    {
        if (anchor is < WindowAnchor.EachSession or > WindowAnchor.FinalSession)
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "The anchor must be EachSession, FirstSession or FinalSession.");
        }

        if (end.Kind is < WindowEndKind.Open or > WindowEndKind.NextSession)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end.Kind, "The end must be one of the values of WindowEndKind.");
        }

        Anchor = anchor;
        Start = start;
        End = end;
    }

    /// <summary>Gets the session or sessions the window is measured from.</summary>
    public WindowAnchor Anchor { get; }

    /// <summary>Gets where the window starts.</summary>
    public WindowStart Start { get; }

    /// <summary>Gets where the window ends.</summary>
    public WindowEnd End { get; }

    /// <summary>Returns this window ending at the next session instead (and never, after the final session).</summary>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow UntilNextSession() => new(Anchor, Start, WindowEnd.NextSession);

    /// <summary>Returns this window with another end.</summary>
    /// <param name="end">The new end.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithEnd(WindowEnd end) => new(Anchor, Start, end);

    /// <summary>Returns this window with another start.</summary>
    /// <param name="start">The new start.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithStart(WindowStart start) => new(Anchor, start, End);

    /// <summary>Returns this window measured from other sessions.</summary>
    /// <param name="anchor">The new anchor.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithAnchor(WindowAnchor anchor) => new(anchor, Start, End);

    /// <inheritdoc />
    public override CareWindow ShiftDays(int days) => new AnchoredWindow(Anchor, Start.PlusDays(days), End.PlusDays(days));

    /// <inheritdoc />
    public override CareWindow ShiftHours(int hours)
    {
        if (Start.Unit == WindowUnit.Days || End.Kind == WindowEndKind.EndOfDay)
        {
            throw new InvalidOperationException($"The window '{this}' has a day bound, which can only move by whole days; use ShiftDays instead.");
        }

        return new AnchoredWindow(Anchor, WindowStart.Hour(checked(Start.Value + hours)), End.PlusHours(hours));
    }

    /// <inheritdoc />
    public override bool Equals(CareWindow? other) =>
        other is AnchoredWindow w && w.Anchor == Anchor && w.Start == Start && w.End == End;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Anchor, Start, End);

    /// <summary>Returns an invariant description such as <c>days 0 to 4 of each session</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _description ??= Describe();

    private string Describe()
    {
        string anchor = Anchor switch
        {
            WindowAnchor.FirstSession => "the first session",
            WindowAnchor.FinalSession => "the final session",
            _ => "each session",
        };
        string unit = Start.Unit == WindowUnit.Days ? "day" : "hour";
        if (End.Kind == WindowEndKind.NextSession)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{unit} {Start.Value} of {anchor} until the next session");
        }

        if (End.Kind == WindowEndKind.Session)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{unit}s {Start.Value} up to {anchor}");
        }

        string end = End.Kind switch
        {
            WindowEndKind.Open => "onwards",
            WindowEndKind.EndOfDay when Start.Unit == WindowUnit.Days => string.Create(CultureInfo.InvariantCulture, $"to {End.Value}"),
            WindowEndKind.Hour when Start.Unit == WindowUnit.Hours => string.Create(CultureInfo.InvariantCulture, $"to {End.Value}"),
            _ => "to " + End,
        };
        string plural = End.Kind == WindowEndKind.Open ? unit : unit + "s";
        return string.Create(CultureInfo.InvariantCulture, $"{plural} {Start.Value} {end} of {anchor}");
    }

    internal override void CollectProblems(List<string> problems)
    {
        if (Start.Unit == WindowUnit.Days && End.Kind == WindowEndKind.EndOfDay && End.Value < Start.Value)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a window that ends before it starts: day {End.Value} comes before day {Start.Value}"));
        }
        else if (Start.Unit == WindowUnit.Hours && End.Kind == WindowEndKind.Hour && End.Value < Start.Value)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a window that ends before it starts: hour {End.Value} comes before hour {Start.Value}"));
        }
        else if (Start.Unit == WindowUnit.Hours && End.Kind == WindowEndKind.Hour && End.Value == Start.Value)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a window that is empty: it starts and ends at hour {Start.Value}"));
        }
        else if (End.Kind == WindowEndKind.Session && Start.Value >= 0)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a window that is empty: it starts at {Start} and ends at the session"));
        }
        else if (Start.Unit == WindowUnit.Days && End.Kind == WindowEndKind.Hour && End.Value <= EarliestStartInHours(Start.Value))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a window that ends before it starts: hour {End.Value} comes before day {Start.Value}"));
        }
        else if (Start.Unit == WindowUnit.Hours && End.Kind == WindowEndKind.EndOfDay && End.Value < 0 && (End.Value + 1) * 24 <= Start.Value)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"a window that ends before it starts: day {End.Value} comes before hour {Start.Value}"));
        }
    }

    /// <summary>
    /// The earliest a day start can lie from its session, in hours: the session itself for day 0; for day n before the
    /// session, the start of a local day that begins up to 24 hours before the session's own day does, so a window
    /// ending at or before (n - 1) x 24 hours is empty whatever the session's time of day. Day starts after the session
    /// are not checked here: whether they are empty depends on the session's time of day.
    /// </summary>
    private static int EarliestStartInHours(int day) => day < 0 ? (day - 1) * 24 : 0;

    internal override List<Piece> Evaluate(PlanContext plan)
    {
        int first, last;
        switch (Anchor)
        {
            case WindowAnchor.FirstSession:
                first = last = 0;
                break;
            case WindowAnchor.FinalSession:
                first = last = plan.Count - 1;
                break;
            default:
                first = 0;
                last = plan.Count - 1;
                break;
        }

        var result = new List<Piece>(last - first + 1);

        // Starts and ends both grow with the session, so where the windows of two sessions overlap, the later
        // session's window covers the rest of the earlier one: the later session governs from its own start.
        for (int i = first; i <= last; i++)
        {
            Instant start = StartOf(plan, i);
            Instant end = EndOf(plan, i);
            if (end <= start)
            {
                continue;
            }

            // Trim the previous session's piece where this one takes over.
            while (result.Count > 0 && result[^1].End > start)
            {
                Piece previous = result[^1];
                if (previous.Start >= start)
                {
                    result.RemoveAt(result.Count - 1);
                }
                else
                {
                    result[^1] = previous with { End = start };
                    break;
                }
            }

            result.Add(new Piece(start, end, i));
        }

        return result;
    }

    internal override int GoverningAt(in InstantQuery query)
    {
        ImmutableArray<CareSession> sessions = query.Sessions;
        int first = Anchor == WindowAnchor.FinalSession ? sessions.Length - 1 : 0;
        int last = Anchor == WindowAnchor.FirstSession ? 0 : sessions.Length - 1;

        // Starts and ends both grow with the session (see Evaluate), so the latest session whose window has started by
        // the instant is the only candidate: if its window has ended, every earlier one has too.
        int session;
        if (Start.Value == 0)
        {
            // Starts at the session itself: the search the query has already made, restricted to [first, last].
            session = Math.Min(query.LastSessionAtOrBefore, last);
            session = session >= first ? session : -1;
        }
        else
        {
            session = Start.Unit == WindowUnit.Days
                ? LastStartedBy(sessions, first, last, query.DayNumber - Start.Value)
                : LastStartedBy(sessions, first, last, query.Instant - Duration.FromHours(Start.Value));
        }
        if (session < 0)
        {
            return -1;
        }

        bool covers = End.Kind switch
        {
            WindowEndKind.EndOfDay => query.DayNumber <= sessions[session].DayNumber + End.Value,
            WindowEndKind.Hour => query.Instant < sessions[session].Instant + Duration.FromHours(End.Value),
            WindowEndKind.Session => query.Instant < sessions[session].Instant,
            WindowEndKind.NextSession => session + 1 >= sessions.Length || query.Instant < sessions[session + 1].Instant,
            _ => true,
        };
        return covers ? session : -1;
    }

    /// <summary>The last session in [first, last] that lies at or before an instant, or -1.</summary>
    private static int LastStartedBy(ImmutableArray<CareSession> sessions, int first, int last, Instant bound)
    {
        int lo = first, hi = last + 1;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sessions[mid].Instant <= bound)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1 >= first ? lo - 1 : -1;
    }

    /// <summary>The last session in [first, last] whose local date is on or before a date, or -1.</summary>
    private static int LastStartedBy(ImmutableArray<CareSession> sessions, int first, int last, int boundDay)
    {
        int lo = first, hi = last + 1;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (sessions[mid].DayNumber <= boundDay)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1 >= first ? lo - 1 : -1;
    }

    internal Instant StartOf(PlanContext plan, int session) => Start.Unit switch
    {
        WindowUnit.Days when Start.Value == 0 => plan.Instants[session],
        WindowUnit.Days => plan.StartOfDay(session, Start.Value),
        _ => plan.Instants[session] + Duration.FromHours(Start.Value),
    };

    internal Instant EndOf(PlanContext plan, int session) => End.Kind switch
    {
        WindowEndKind.EndOfDay => plan.StartOfDay(session, End.Value + 1),
        WindowEndKind.Hour => plan.Instants[session] + Duration.FromHours(End.Value),
        WindowEndKind.Session => plan.Instants[session],
        WindowEndKind.NextSession => session + 1 < plan.Count ? plan.Instants[session + 1] : Piece.Forever,
        _ => Piece.Forever,
    };
}
