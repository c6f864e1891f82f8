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
        : this(anchor, start, anchor, end, false)
    {
    }

    internal AnchoredWindow(WindowAnchor anchor, WindowStart start, WindowAnchor endAnchor, WindowEnd end, bool isMinimum)
    {
        if (anchor is < WindowAnchor.EachSession or > WindowAnchor.FinalSession)
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "The anchor must be EachSession, FirstSession or FinalSession.");
        }

        if (endAnchor is < WindowAnchor.EachSession or > WindowAnchor.FinalSession)
        {
            throw new ArgumentOutOfRangeException(nameof(endAnchor), endAnchor, "The end's anchor must be EachSession, FirstSession or FinalSession.");
        }

        if (end.Kind is < WindowEndKind.Open or > WindowEndKind.NextSession)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end.Kind, "The end must be one of the values of WindowEndKind.");
        }

        Anchor = anchor;
        Start = start;
        End = end;
        EndAnchor = endAnchor;
        IsMinimum = isMinimum;
    }

    /// <summary>Gets the session or sessions the window is measured from (its start; its end too, unless <see cref="EndAnchor"/> differs).</summary>
    public WindowAnchor Anchor { get; }

    /// <summary>
    /// Gets the session or sessions the window's end is measured from: <see cref="Anchor"/>, or another one for a window
    /// such as "from the first session until 30 days after the final one" (see <see cref="IsMixed"/>).
    /// </summary>
    public WindowAnchor EndAnchor { get; }

    /// <summary>
    /// Gets whether the start and the end count from different sessions. Such a window is one stretch, from its start
    /// (from the first session when the start counts from each session) to its end (from the final session when the end
    /// counts from each session), governed by the latest session that has begun.
    /// </summary>
    public bool IsMixed => EndAnchor != Anchor;

    /// <summary>
    /// Gets whether the clinic's sheet gives the end as a minimum ("keep dry for at least 4 days"). The window stays
    /// exact; texts and comparisons can say "at least".
    /// </summary>
    public bool IsMinimum { get; }

    /// <summary>Gets where the window starts.</summary>
    public WindowStart Start { get; }

    /// <summary>Gets where the window ends.</summary>
    public WindowEnd End { get; }

    /// <summary>Returns this window ending at the next session instead (and never, after the final session).</summary>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow UntilNextSession() => new(Anchor, Start, Anchor, WindowEnd.NextSession, IsMinimum);

    /// <summary>Returns this window with its end counted from other sessions, such as "until 30 days after the final session" for a window that starts at the first.</summary>
    /// <param name="endAnchor">The session or sessions the end counts from.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithEndAnchor(WindowAnchor endAnchor) => new(Anchor, Start, endAnchor, End, IsMinimum);

    /// <summary>Returns this window with its end marked as a minimum ("at least"), or not; the window itself does not change.</summary>
    /// <param name="isMinimum">Whether the end is a minimum.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow AsMinimum(bool isMinimum = true) => new(Anchor, Start, EndAnchor, End, isMinimum);

    /// <summary>Returns this window with another end.</summary>
    /// <param name="end">The new end.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithEnd(WindowEnd end) => new(Anchor, Start, EndAnchor, end, IsMinimum);

    /// <summary>Returns this window with another start.</summary>
    /// <param name="start">The new start.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithStart(WindowStart start) => new(Anchor, start, EndAnchor, End, IsMinimum);

    /// <summary>Returns this window measured from other sessions, its start and its end.</summary>
    /// <param name="anchor">The new anchor.</param>
    /// <returns>The new window.</returns>
    [Pure]
    public AnchoredWindow WithAnchor(WindowAnchor anchor) => new(anchor, Start, anchor, End, IsMinimum);

    /// <inheritdoc />
    public override CareWindow ShiftDays(int days) => new AnchoredWindow(Anchor, Start.PlusDays(days), EndAnchor, End.PlusDays(days), IsMinimum);

    /// <inheritdoc />
    public override CareWindow ShiftHours(int hours)
    {
        if (Start.Unit == WindowUnit.Days || End.Kind == WindowEndKind.EndOfDay)
        {
            throw new InvalidOperationException($"The window '{this}' has a day bound, which can only move by whole days; use ShiftDays instead.");
        }

        return new AnchoredWindow(Anchor, WindowStart.Hour(checked(Start.Value + hours)), EndAnchor, End.PlusHours(hours), IsMinimum);
    }

    /// <inheritdoc />
    public override bool Equals(CareWindow? other) =>
        other is AnchoredWindow w && w.Anchor == Anchor && w.Start == Start && w.End == End && w.EndAnchor == EndAnchor && w.IsMinimum == IsMinimum;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Anchor, Start, End, EndAnchor, IsMinimum);

    /// <summary>Returns an invariant description such as <c>days 0 to 4 of each session</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _description ??= IsMinimum ? Describe() + ", at least" : Describe();

    private static string Of(WindowAnchor anchor) => anchor switch
    {
        WindowAnchor.FirstSession => "the first session",
        WindowAnchor.FinalSession => "the final session",
        _ => "each session",
    };

    private string Describe()
    {
        string anchor = Of(Anchor);
        string unit = Start.Unit == WindowUnit.Days ? "day" : "hour";
        if (IsMixed && End.Kind is WindowEndKind.EndOfDay or WindowEndKind.Hour)
        {
            // One sentence for one window: "day 0 of the first session to day 30 of the final session".
            string endUnit = End.Kind == WindowEndKind.EndOfDay ? "day" : "hour";
            return string.Create(CultureInfo.InvariantCulture, $"{unit} {Start.Value} of {anchor} to {endUnit} {End.Value} of {Of(EndAnchor)}");
        }

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
        if (IsMixed && End.Kind is WindowEndKind.Session or WindowEndKind.NextSession)
        {
            problems.Add($"a window whose end counts from {Of(EndAnchor)} but ends at {(End.Kind == WindowEndKind.Session ? "the session" : "the next session")}; such an end counts from the window's own sessions, so give no end anchor");
            return;
        }

        if (IsMixed && End.Kind == WindowEndKind.Open)
        {
            problems.Add($"a window whose end counts from {Of(EndAnchor)} but never ends; an open window needs no end anchor");
            return;
        }

        if (IsMixed)
        {
            // Compared on one session (first = final), where the two anchors meet; other plans only move the end later.
            var single = new AnchoredWindow(Anchor, Start, End);
            single.CollectProblems(problems);
            return;
        }

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
        if (IsMixed)
        {
            return EvaluateMixed(plan);
        }

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
        if (IsMixed)
        {
            return GoverningAtMixed(query);
        }

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

    /// <summary>The session a mixed window's start counts from: the final one for a final-session start, otherwise the first.</summary>
    private int StartSession(int count) => Anchor == WindowAnchor.FinalSession ? count - 1 : 0;

    /// <summary>The session a mixed window's end counts from: the first one for a first-session end, otherwise the final.</summary>
    private int EndSession(int count) => EndAnchor == WindowAnchor.FirstSession ? 0 : count - 1;

    /// <summary>A mixed window is one stretch; each session that begins within it governs from its own instant.</summary>
    private List<Piece> EvaluateMixed(PlanContext plan)
    {
        int from = StartSession(plan.Count);
        Instant start = StartOf(plan, from);
        Instant end = EndOf(plan, EndSession(plan.Count));
        var result = new List<Piece>();
        if (end <= start)
        {
            return result;
        }

        int governing = from;
        Instant at = start;
        for (int i = from + 1; i < plan.Count; i++)
        {
            Instant session = plan.Instants[i];
            if (session >= end)
            {
                break;
            }

            if (session > at)
            {
                result.Add(new Piece(at, session, governing));
                at = session;
            }

            governing = i;
        }

        result.Add(new Piece(at, end, governing));
        return result;
    }

    private int GoverningAtMixed(in InstantQuery query)
    {
        ImmutableArray<CareSession> sessions = query.Sessions;
        int from = StartSession(sessions.Length);
        CareSession first = sessions[from];
        CareSession last = sessions[EndSession(sessions.Length)];
        bool started = Start.Unit == WindowUnit.Days
            ? (Start.Value == 0 ? query.Instant >= first.Instant : query.DayNumber >= first.DayNumber + Start.Value)
            : query.Instant >= first.Instant + Duration.FromHours(Start.Value);
        bool ended = End.Kind switch
        {
            WindowEndKind.EndOfDay => query.DayNumber > last.DayNumber + End.Value,
            WindowEndKind.Hour => query.Instant >= last.Instant + Duration.FromHours(End.Value),
            _ => false,
        };
        return started && !ended ? Math.Max(from, query.LastSessionAtOrBefore) : -1;
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
