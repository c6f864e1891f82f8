using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Tests.Support;

/// <summary>
/// An independent, brute-force reading of DOMAIN.md section 3 ("Time semantics"): what applies at an instant, on a
/// local date, and where anything changes. It is written from the words of DOMAIN.md and the public model types only,
/// never from the library's scheduling code, so that the two can be checked against each other.
/// </summary>
/// <remarks>
/// <para>How it works: every bound of every session's window of every rule (recursively through combined windows) is a
/// candidate instant. Between two consecutive candidates nothing can change (each session's window covers either all
/// of such an interval or none of it), so the oracle evaluates every rule at every candidate, and stretches are runs of
/// consecutive intervals in which a rule keeps the same status. Nothing is present before the earliest candidate,
/// since every window starts at a finite instant.</para>
/// <para>Readings of DOMAIN.md that the words leave open, and what this oracle chooses:</para>
/// <list type="bullet">
/// <item>The day-0 exception ("a window that starts on day 0 starts at the session itself") applies to starts only. An
/// end "of day -1" is the start of local day 0, that is the local midnight (start of day) of the session's date.</item>
/// <item>"Latest session" means the latest in time; sessions are sorted by instant, so it is the highest number.</item>
/// <item>For a date question, the session named is the highest session number governing the stretch at some instant
/// within the date; the suspender named is the one at the last instant of the stretch within the date.</item>
/// <item>A change of suspender within a suspended stretch, like a change of governing session, is neither the end of
/// the stretch nor a change in <see cref="Changes"/>: the status (suspended) does not change.</item>
/// <item>A suspender counts only while it applies itself (present and not suspended); a rule whose condition the
/// plan's facts do not satisfy never applies, so it never suspends anything.</item>
/// </list>
/// </remarks>
internal sealed class DomainOracle
{
    private readonly CareProtocol _protocol;
    private readonly CarePlan _plan;
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly bool[] _eligible;
    private Instant[]? _candidates;
    private State[][]? _states;

    internal DomainOracle(CareProtocol protocol, CarePlan plan)
    {
        _protocol = protocol ?? throw new ArgumentNullException(nameof(protocol));
        _plan = plan ?? throw new ArgumentNullException(nameof(plan));
        _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _eligible = new bool[protocol.Rules.Length];
        for (int r = 0; r < protocol.Rules.Length; r++)
        {
            CareRule rule = protocol.Rules[r];
            _ruleIndex.Add(rule.Id, r);
            _eligible[r] = rule.Condition is null || rule.Condition.IsSatisfiedBy(plan.Facts);
        }
    }

    /// <summary>One rule present at an instant or on a date, with the whole stretch in which it has that status.</summary>
    /// <param name="RuleId">The rule's id.</param>
    /// <param name="Status">Applies or suspended.</param>
    /// <param name="Session">The governing session's number (1-based).</param>
    /// <param name="SuspendedBy">The id of the rule that suspends it, for a suspended item; otherwise null.</param>
    /// <param name="From">The start of the stretch.</param>
    /// <param name="Until">The end of the stretch (exclusive), or null when it never ends.</param>
    /// <param name="ResumesAt">For a suspended stretch, its end if the rule applies right there; otherwise null.</param>
    internal readonly record struct Item(
        string RuleId,
        CareStatus Status,
        int Session,
        string? SuspendedBy,
        Instant From,
        Instant? Until,
        Instant? ResumesAt);

    /// <summary>What one rule is at one instant: absent (null status), applies or suspended.</summary>
    /// <param name="Status">Null when the rule is not present.</param>
    /// <param name="Session">The governing session's number (1-based), or 0 when absent.</param>
    /// <param name="SuspendedBy">The first rule of its SuspendedBy list that applies, for a suspended rule.</param>
    internal readonly record struct State(CareStatus? Status, int Session, string? SuspendedBy);

    /// <summary>Gets the protocol.</summary>
    internal CareProtocol Protocol => _protocol;

    /// <summary>Gets the plan.</summary>
    internal CarePlan Plan => _plan;

    /// <summary>Gets every candidate instant (sorted, distinct): the bounds of every session's window of every rule.</summary>
    internal IReadOnlyList<Instant> Candidates
    {
        get
        {
            EnsureTimeline();
            return _candidates!;
        }
    }

    // ---------------------------------------------------------------- days and bounds (DOMAIN.md: Day numbers)

    /// <summary>
    /// The start of a local date in the plan's zone. If the zone skips the whole date (Pacific/Apia, 2011-12-30), the
    /// date starts where the next date starts.
    /// </summary>
    internal Instant StartOfDate(LocalDate date)
    {
        while (true)
        {
            try
            {
                return _plan.Zone.AtStartOfDay(date).ToInstant();
            }
            catch (SkippedTimeException)
            {
                date = date.PlusDays(1);
            }
        }
    }

    /// <summary>The start of local day <paramref name="day"/> of a session, used as the START of a window: day 0 is the session itself.</summary>
    internal Instant DayStartForWindowStart(CareSession session, int day) =>
        day == 0 ? session.Instant : StartOfDate(session.Date.PlusDays(day));

    /// <summary>The end of local day <paramref name="day"/> of a session: the start of local date (session date + day + 1).</summary>
    internal Instant EndOfDay(CareSession session, int day) => StartOfDate(session.Date.PlusDays(day + 1));

    /// <summary>The sessions (0-based indexes) an anchored window is measured from.</summary>
    internal IEnumerable<int> AnchorSessions(AnchoredWindow window)
    {
        int count = _plan.Sessions.Length;
        return window.Anchor switch
        {
            WindowAnchor.FirstSession => new[] { 0 },
            WindowAnchor.FinalSession => new[] { count - 1 },
            _ => Enumerable.Range(0, count),
        };
    }

    /// <summary>Where the window of session <paramref name="index"/> (0-based) starts.</summary>
    internal Instant WindowStartOf(AnchoredWindow window, int index)
    {
        CareSession session = _plan.Sessions[index];
        return window.Start.Unit == WindowUnit.Days
            ? DayStartForWindowStart(session, window.Start.Value)
            : session.Instant + Duration.FromHours(window.Start.Value);
    }

    /// <summary>Where the window of session <paramref name="index"/> (0-based) ends (exclusive); null when it never ends.</summary>
    internal Instant? WindowEndOf(AnchoredWindow window, int index)
    {
        CareSession session = _plan.Sessions[index];
        return window.End.Kind switch
        {
            WindowEndKind.Open => null,
            WindowEndKind.EndOfDay => EndOfDay(session, window.End.Value),
            WindowEndKind.Hour => session.Instant + Duration.FromHours(window.End.Value),
            WindowEndKind.Session => session.Instant,
            WindowEndKind.NextSession => index + 1 < _plan.Sessions.Length ? _plan.Sessions[index + 1].Instant : null,
            _ => throw new ArgumentOutOfRangeException(nameof(window), window.End.Kind, "Unknown window end kind."),
        };
    }

    /// <summary>Whether the window of session <paramref name="index"/> covers <paramref name="t"/>: [start, end).</summary>
    internal bool SessionWindowCovers(AnchoredWindow window, int index, Instant t)
    {
        Instant start = WindowStartOf(window, index);
        Instant? end = WindowEndOf(window, index);
        return start <= t && (end is null || t < end.Value);
    }

    // ---------------------------------------------------------------- governing session (DOMAIN.md: Anchors, Governing session)

    /// <summary>
    /// The 0-based index of the session that governs <paramref name="window"/> at <paramref name="t"/> (the latest session
    /// whose window covers it), or -1 if the window does not cover <paramref name="t"/>.
    /// </summary>
    internal int Governing(CareWindow window, Instant t)
    {
        switch (window)
        {
            case AnchoredWindow { IsMixed: true } mixed:
                return MixedGoverning(mixed, t);

            case AnchoredWindow anchored:
            {
                int governing = -1;
                foreach (int i in AnchorSessions(anchored))
                {
                    if (SessionWindowCovers(anchored, i, t))
                    {
                        governing = Math.Max(governing, i);
                    }
                }

                return governing;
            }

            case CombinedWindow combined:
            {
                int left = Governing(combined.Left, t);
                int right = Governing(combined.Right, t);
                return combined.Operation switch
                {
                    WindowOperation.Union => left >= 0 || right >= 0 ? Math.Max(left, right) : -1,
                    WindowOperation.Intersection => left >= 0 && right >= 0 ? Math.Max(left, right) : -1,
                    WindowOperation.Difference => left >= 0 && right < 0 ? left : -1,
                    _ => throw new ArgumentOutOfRangeException(nameof(window), combined.Operation, "Unknown window operation."),
                };
            }

            default:
                throw new ArgumentException($"Unknown window type {window.GetType()}.", nameof(window));
        }
    }

    /// <summary>
    /// A window whose start and end count from different sessions ("from the first session until 30 days after the final
    /// one"): its start counts from the first session (the final one when the start's anchor is the final session), its end
    /// from the final session (the first one when the end's anchor is the first session).
    /// </summary>
    internal (int From, int To) MixedSessions(AnchoredWindow window)
    {
        int count = _plan.Sessions.Length;
        return (window.Anchor == WindowAnchor.FinalSession ? count - 1 : 0, window.EndAnchor == WindowAnchor.FirstSession ? 0 : count - 1);
    }

    /// <summary>
    /// A mixed window covers one span, [its start, its end); within it the session governing is the latest one that has
    /// begun, and never one before the session its start counts from.
    /// </summary>
    internal int MixedGoverning(AnchoredWindow window, Instant t)
    {
        (int from, int to) = MixedSessions(window);
        Instant start = WindowStartOf(window, from);
        Instant end = WindowEndOf(window, to)!.Value;
        if (t < start || t >= end)
        {
            return -1;
        }

        int latest = from;
        for (int i = from; i < _plan.Sessions.Length; i++)
        {
            if (_plan.Sessions[i].Instant <= t)
            {
                latest = i;
            }
        }

        return latest;
    }

    /// <summary>Every finite bound of every session's window inside <paramref name="window"/>, recursively.</summary>
    internal void CollectBounds(CareWindow window, ISet<Instant> into)
    {
        switch (window)
        {
            case AnchoredWindow { IsMixed: true } mixed:
            {
                (int from, int to) = MixedSessions(mixed);
                into.Add(WindowStartOf(mixed, from));
                into.Add(WindowEndOf(mixed, to)!.Value);
                foreach (CareSession session in _plan.Sessions)
                {
                    into.Add(session.Instant);
                }

                break;
            }

            case AnchoredWindow anchored:
                foreach (int i in AnchorSessions(anchored))
                {
                    into.Add(WindowStartOf(anchored, i));
                    if (WindowEndOf(anchored, i) is Instant end)
                    {
                        into.Add(end);
                    }
                }

                break;
            case CombinedWindow combined:
                CollectBounds(combined.Left, into);
                CollectBounds(combined.Right, into);
                break;
            default:
                throw new ArgumentException($"Unknown window type {window.GetType()}.", nameof(window));
        }
    }

    // ---------------------------------------------------------------- status (DOMAIN.md: Precedence, What applies)

    /// <summary>What <paramref name="rule"/> is at <paramref name="t"/>: absent (null), applies or suspended.</summary>
    internal (CareStatus? Status, int Session, string? SuspendedBy) StatusAt(CareRule rule, Instant t)
    {
        ArgumentNullException.ThrowIfNull(rule);
        State state = StateAt(_ruleIndex[rule.Id], t, new Dictionary<int, State>());
        return (state.Status, state.Session, state.SuspendedBy);
    }

    private State StateAt(int r, Instant t, Dictionary<int, State> memo)
    {
        if (memo.TryGetValue(r, out State known))
        {
            return known;
        }

        State result;
        CareRule rule = _protocol.Rules[r];
        int governing = _eligible[r] ? Governing(rule.Window, t) : -1;
        if (governing < 0)
        {
            result = new State(null, 0, null);
        }
        else
        {
            int session = _plan.Sessions[governing].Number;
            string? suspender = null;
            foreach (string id in rule.SuspendedBy)
            {
                if (StateAt(_ruleIndex[id], t, memo).Status == CareStatus.Applies)
                {
                    suspender = id;
                    break;
                }
            }

            result = suspender is null
                ? new State(CareStatus.Applies, session, null)
                : new State(CareStatus.Suspended, session, suspender);
        }

        memo[r] = result;
        return result;
    }

    // ---------------------------------------------------------------- timeline (DOMAIN.md: Stretches, Timeline and next change)

    private void EnsureTimeline()
    {
        if (_candidates is not null)
        {
            return;
        }

        var bounds = new SortedSet<Instant>();
        foreach (CareRule rule in _protocol.Rules)
        {
            CollectBounds(rule.Window, bounds);
        }

        Instant[] candidates = bounds.ToArray();
        var states = new State[candidates.Length][];
        for (int k = 0; k < candidates.Length; k++)
        {
            var memo = new Dictionary<int, State>();
            states[k] = new State[_protocol.Rules.Length];
            for (int r = 0; r < _protocol.Rules.Length; r++)
            {
                states[k][r] = StateAt(r, candidates[k], memo);
            }
        }

        _states = states;
        _candidates = candidates;
    }

    /// <summary>The index of the interval [c_k, c_k+1) containing <paramref name="t"/>, or -1 before the first candidate.</summary>
    private int IntervalOf(Instant t)
    {
        Instant[] c = _candidates!;
        int lo = 0, hi = c.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (c[mid] <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    /// <summary>The first and last interval of the stretch of rule <paramref name="r"/> that contains interval <paramref name="k"/>.</summary>
    private (int First, int Last) StretchAround(int r, int k)
    {
        State[][] s = _states!;
        CareStatus? status = s[k][r].Status;
        int first = k;
        while (first > 0 && s[first - 1][r].Status == status)
        {
            first--;
        }

        int last = k;
        while (last + 1 < s.Length && s[last + 1][r].Status == status)
        {
            last++;
        }

        return (first, last);
    }

    private Item MakeItem(int r, (int First, int Last) stretch, int session, string? suspendedBy)
    {
        Instant[] c = _candidates!;
        State[][] s = _states!;
        CareStatus status = s[stretch.First][r].Status!.Value;
        Instant? until = stretch.Last + 1 < c.Length ? c[stretch.Last + 1] : null;
        Instant? resumesAt = status == CareStatus.Suspended && until is not null && s[stretch.Last + 1][r].Status == CareStatus.Applies
            ? until
            : null;
        return new Item(_protocol.Rules[r].Id, status, session, suspendedBy, c[stretch.First], until, resumesAt);
    }

    /// <summary>The rules present at <paramref name="t"/>, in protocol order, each with the stretch containing <paramref name="t"/>.</summary>
    internal IReadOnlyList<Item> At(Instant t)
    {
        EnsureTimeline();
        var items = new List<Item>();
        int k = IntervalOf(t);
        if (k < 0)
        {
            return items;
        }

        for (int r = 0; r < _protocol.Rules.Length; r++)
        {
            State state = _states![k][r];
            if (state.Status is null)
            {
                continue;
            }

            items.Add(MakeItem(r, StretchAround(r, k), state.Session, state.SuspendedBy));
        }

        return items;
    }

    /// <summary>
    /// Every rule present at some instant of the local date [start of date, start of next date), in protocol order, then
    /// once per stretch touching the date in order of the stretch's start. The session named is the latest session that
    /// governs the stretch within the date; the suspender, the one at the stretch's last instant within the date.
    /// </summary>
    internal IReadOnlyList<Item> On(LocalDate date)
    {
        EnsureTimeline();
        var items = new List<Item>();
        Instant dayStart = StartOfDate(date);
        Instant dayEnd = StartOfDate(date.PlusDays(1));
        if (dayEnd <= dayStart)
        {
            return items; // a date the zone skips entirely has no instants
        }

        Instant[] c = _candidates!;
        var overlapping = new List<int>();
        for (int k = 0; k < c.Length; k++)
        {
            Instant intervalEnd = k + 1 < c.Length ? c[k + 1] : Instant.MaxValue;
            if (c[k] < dayEnd && intervalEnd > dayStart)
            {
                overlapping.Add(k);
            }
        }

        for (int r = 0; r < _protocol.Rules.Length; r++)
        {
            int i = 0;
            while (i < overlapping.Count)
            {
                int k = overlapping[i];
                State state = _states![k][r];
                if (state.Status is null)
                {
                    i++;
                    continue;
                }

                (int First, int Last) stretch = StretchAround(r, k);
                int session = 0;
                string? suspender = null;
                while (i < overlapping.Count && overlapping[i] <= stretch.Last)
                {
                    State inside = _states[overlapping[i]][r];
                    session = Math.Max(session, inside.Session);
                    suspender = inside.SuspendedBy;
                    i++;
                }

                items.Add(MakeItem(r, stretch, session, suspender));
            }
        }

        return items;
    }

    /// <summary>Every instant (sorted, distinct) at which some rule starts, ends or changes status.</summary>
    internal IReadOnlyList<Instant> Changes()
    {
        EnsureTimeline();
        var changes = new List<Instant>();
        State[][] s = _states!;
        for (int k = 0; k < s.Length; k++)
        {
            for (int r = 0; r < _protocol.Rules.Length; r++)
            {
                CareStatus? before = k == 0 ? null : s[k - 1][r].Status;
                if (s[k][r].Status != before)
                {
                    changes.Add(_candidates![k]);
                    break;
                }
            }
        }

        return changes;
    }

    /// <summary>The first instant strictly after <paramref name="t"/> at which some rule starts, ends or changes status, or null.</summary>
    internal Instant? NextChangeAfter(Instant t)
    {
        foreach (Instant change in Changes())
        {
            if (change > t)
            {
                return change;
            }
        }

        return null;
    }
}
