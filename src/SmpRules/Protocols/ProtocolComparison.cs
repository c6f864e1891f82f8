using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Rules;
using SmpRules.Scheduling;

namespace SmpRules.Protocols;

/// <summary>
/// Two protocols applied to one plan, side by side: for every activity (and every rule that names none, or that both
/// protocols have by id) what each says over time, and the stretches where they disagree, explained.
/// </summary>
/// <remarks>
/// <para>Two clinics' protocols are compared by activity: washing is avoided, done, limited or not mentioned at each
/// instant, by whichever rules of each protocol apply then (a suspended rule says nothing). A protocol and a new version
/// of it share rule ids, so each rule they share is compared too: where it applies, is suspended or is absent, and what
/// it tells the client (its text). A rule that names no activity is compared by id.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ProtocolComparison
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    private readonly Piece[] _pieces;

    private ProtocolComparison(CareSchedule left, CareSchedule right)
    {
        Left = left;
        Right = right;
        Subjects = [.. SubjectsOf(left.Protocol, right.Protocol)];
        _pieces = Slice(left, right, Subjects);
        Differences = [.. Disagreements()];
    }

    /// <summary>Gets the first protocol applied to the plan.</summary>
    public CareSchedule Left { get; }

    /// <summary>Gets the second protocol applied to the plan.</summary>
    public CareSchedule Right { get; }

    /// <summary>
    /// Gets how the sentences number days: the protocols' own numbering when they share one (a clinic that calls the
    /// treatment day "day 1" reads day 1), the session's date as day 0 when they differ. The data
    /// (<see cref="ProtocolDifference.SessionDay"/>, <see cref="ComparisonDay.SessionDay"/>) always counts the session's
    /// date as day 0.
    /// </summary>
    public DayNumbering DayNumbering => Left.Protocol.DayNumbering == Right.Protocol.DayNumbering ? Left.Protocol.DayNumbering : DayNumbering.SessionDayIsZero;

    /// <summary>Gets the plan both are applied to.</summary>
    public CarePlan Plan => Left.Plan;

    /// <summary>Gets what is compared: the activities of both protocols, then the rules compared by id, in order of first mention.</summary>
    public ImmutableArray<ComparisonSubject> Subjects { get; }

    /// <summary>Gets the stretches where the protocols disagree, in order of their start, then of <see cref="Subjects"/>.</summary>
    public ImmutableArray<ProtocolDifference> Differences { get; }

    /// <summary>Gets whether the protocols tell this plan's client the same at every instant.</summary>
    public bool IsEmpty => Differences.IsEmpty;

    /// <summary>Compares two protocols for one plan.</summary>
    /// <param name="left">The first protocol, such as the one in use.</param>
    /// <param name="right">The second protocol, such as another clinic's or the next version.</param>
    /// <param name="plan">The plan both are applied to.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ProtocolComparison Of(CareProtocol left, CareProtocol right, CarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(plan);
        return new ProtocolComparison(left.Apply(plan), right.Apply(plan));
    }

    /// <summary>What both protocols say on each local date from one to another, inclusive, for every subject.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date, inclusive.</param>
    /// <returns>One entry per date, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>, or the range is longer than 3,660 days.</exception>
    public ImmutableArray<ComparisonDay> Days(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The last date ({DatePattern.Format(to)}) cannot come before the first ({DatePattern.Format(from)}).");
        }

        if (Period.DaysBetween(from, to) > 3660)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "A day-by-day comparison covers at most 3,660 days.");
        }

        DateTimeZone zone = Plan.Zone;
        var days = ImmutableArray.CreateBuilder<ComparisonDay>(Period.DaysBetween(from, to) + 1);
        for (LocalDate date = from; date <= to; date = date.PlusDays(1))
        {
            Instant start = zone.AtStartOfDay(date).ToInstant();
            Instant end = zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
            var cells = ImmutableArray.CreateBuilder<ComparisonCell>(Subjects.Length);
            for (int s = 0; s < Subjects.Length; s++)
            {
                var left = new List<ComparisonVerdict>();
                var right = new List<ComparisonVerdict>();
                bool same = true;
                Instant? cursor = start;
                foreach (Piece piece in Overlapping(start, end))
                {
                    if (cursor is { } c && piece.Start > c)
                    {
                        // Time no piece covers (before either protocol starts, after both end) is nothing on both sides.
                        Add(left, ComparisonVerdict.Nothing);
                        Add(right, ComparisonVerdict.Nothing);
                    }

                    Add(left, piece.Left[s]);
                    Add(right, piece.Right[s]);
                    same &= piece.Left[s].SaysTheSameAs(piece.Right[s]);
                    cursor = piece.End;
                }

                if (cursor is { } last && last < end)
                {
                    Add(left, ComparisonVerdict.Nothing);
                    Add(right, ComparisonVerdict.Nothing);
                }

                cells.Add(new ComparisonCell(Subjects[s], [.. left], [.. right], same));
            }

            // A date's session is the latest begun within the date (DOMAIN.md: for a date, the latest session governing).
            (CareSession session, int day) = SessionDayOf(end - Duration.Epsilon);
            days.Add(new ComparisonDay(date, session, day, cells.MoveToImmutable()));
        }

        return days.MoveToImmutable();

        static void Add(List<ComparisonVerdict> list, ComparisonVerdict verdict)
        {
            if (list.Count == 0 || !list[^1].SaysTheSameAs(verdict))
            {
                list.Add(verdict);
            }
        }
    }

    /// <summary>
    /// What both protocols say on each local date from the first session's date through the last date on which either
    /// changes what it says (the day after the last change, at least the first session's date).
    /// </summary>
    /// <returns>One entry per date, in order.</returns>
    public ImmutableArray<ComparisonDay> Days()
    {
        LocalDate first = Plan.FirstSession.LocalDateTime.Date;
        Instant last = _pieces.Length == 0 ? Plan.FirstSession.Instant : _pieces.Max(p => p.End ?? p.Start);
        LocalDate end = last.InZone(Plan.Zone).Date;
        return Days(first, end < first ? first : end);
    }

    /// <summary>Returns a description such as <c>Standard vs Evoke SMP: 14 differences</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Left.Protocol.Name} vs {Right.Protocol.Name}: {Differences.Length} differences");

    /// <summary>The session governing at an instant (the latest begun; the first before it) and the day number of its local date.</summary>
    internal (CareSession Session, int Day) SessionDayOf(Instant instant)
    {
        ImmutableArray<CareSession> sessions = Plan.Sessions;
        CareSession session = sessions[0];
        foreach (CareSession s in sessions)
        {
            if (s.Instant <= instant)
            {
                session = s;
            }
        }

        return (session, Period.DaysBetween(session.LocalDateTime.Date, instant.InZone(Plan.Zone).Date));
    }

    private IEnumerable<Piece> Overlapping(Instant start, Instant end)
    {
        foreach (Piece piece in _pieces)
        {
            if (piece.Start < end && (piece.End is not { } e || e > start))
            {
                yield return piece;
            }
        }
    }

    private static List<ComparisonSubject> SubjectsOf(CareProtocol left, CareProtocol right)
    {
        var subjects = new List<ComparisonSubject>();
        var activities = new HashSet<string>(StringComparer.Ordinal);
        foreach (CareRule rule in left.Rules.Concat(right.Rules))
        {
            foreach (CareActivity activity in rule.Activities)
            {
                if (activities.Add(activity.Name))
                {
                    subjects.Add(new ComparisonSubject(ComparisonSubjectKind.Activity, activity.Name));
                }
            }
        }

        var rightIds = new HashSet<string>(right.Rules.Select(r => r.Id), StringComparer.Ordinal);
        var leftIds = new HashSet<string>(left.Rules.Select(r => r.Id), StringComparer.Ordinal);
        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (CareRule rule in left.Rules.Concat(right.Rules))
        {
            bool shared = leftIds.Contains(rule.Id) && rightIds.Contains(rule.Id);
            if ((shared || rule.Activities.IsDefaultOrEmpty) && rules.Add(rule.Id))
            {
                subjects.Add(new ComparisonSubject(ComparisonSubjectKind.Rule, rule.Id));
            }
        }

        return subjects;
    }

    /// <summary>Cuts time at every change of either schedule and gives, for each piece, what each protocol says about each subject.</summary>
    private static Piece[] Slice(CareSchedule left, CareSchedule right, ImmutableArray<ComparisonSubject> subjects)
    {
        var cuts = new SortedSet<Instant>(left.Transitions.Concat(right.Transitions));
        if (cuts.Count == 0)
        {
            return [];
        }

        Instant[] at = [.. cuts];
        var pieces = new List<Piece>(at.Length);
        for (int i = 0; i < at.Length; i++)
        {
            Instant start = at[i];
            Instant? end = i + 1 < at.Length ? at[i + 1] : null;
            ComparisonVerdict[] l = Verdicts(left.At(start), subjects);
            ComparisonVerdict[] r = Verdicts(right.At(start), subjects);
            if (end is null && l.All(v => v.IsNothing) && r.All(v => v.IsNothing))
            {
                break;
            }

            pieces.Add(new Piece(start, end, l, r));
        }

        return [.. pieces];
    }

    private static ComparisonVerdict[] Verdicts(CareAdvice advice, ImmutableArray<ComparisonSubject> subjects)
    {
        var verdicts = new ComparisonVerdict[subjects.Length];
        for (int s = 0; s < subjects.Length; s++)
        {
            ComparisonSubject subject = subjects[s];
            var rules = new List<CareRule>();
            bool suspended = false;
            foreach (CareAdviceItem item in advice.Items)
            {
                CareRule rule = item.Rule;
                if (subject.Kind == ComparisonSubjectKind.Rule)
                {
                    if (string.Equals(rule.Id, subject.Name, StringComparison.Ordinal))
                    {
                        rules.Add(rule);
                        suspended = item.Status == CareStatus.Suspended;
                    }
                }
                else if (item.Status == CareStatus.Applies && rule.Activities.Contains(new CareActivity(subject.Name)))
                {
                    rules.Add(rule);
                }
            }

            verdicts[s] = rules.Count == 0 ? ComparisonVerdict.Nothing : new ComparisonVerdict(subject.Kind, [.. rules], suspended);
        }

        return verdicts;
    }

    private IEnumerable<ProtocolDifference> Disagreements()
    {
        var found = new List<(Instant Start, int Subject, ProtocolDifference Difference)>();
        for (int s = 0; s < Subjects.Length; s++)
        {
            int i = 0;
            while (i < _pieces.Length)
            {
                if (_pieces[i].Left[s].SaysTheSameAs(_pieces[i].Right[s]))
                {
                    i++;
                    continue;
                }

                ComparisonVerdict left = _pieces[i].Left[s];
                ComparisonVerdict right = _pieces[i].Right[s];
                int j = i + 1;
                while (j < _pieces.Length && _pieces[j].Start == _pieces[j - 1].End
                    && _pieces[j].Left[s].SaysTheSameAs(left) && _pieces[j].Right[s].SaysTheSameAs(right))
                {
                    j++;
                }

                Instant start = _pieces[i].Start;
                Instant? end = _pieces[j - 1].End;
                Instant? leftUntil = RunEnd(s, i, left: true);
                Instant? rightUntil = RunEnd(s, i, left: false);
                (CareSession session, int day) = SessionDayOf(start);
                string sentence = Sentence(Subjects[s], start, end, left, leftUntil, LaterRules(s, j, left, isLeft: true), right, rightUntil, LaterRules(s, j, right, isLeft: false));
                found.Add((start, s, new ProtocolDifference(Subjects[s], new Interval(start, end), session, day, left, leftUntil, right, rightUntil, sentence)));
                i = j;
            }
        }

        return found.OrderBy(f => f.Start).ThenBy(f => f.Subject).Select(f => f.Difference);
    }

    /// <summary>Where one side's run of the same verdict that holds at piece <paramref name="i"/> ends (<see langword="null"/>: never).</summary>
    private Instant? RunEnd(int subject, int i, bool left)
    {
        ComparisonVerdict verdict = left ? _pieces[i].Left[subject] : _pieces[i].Right[subject];
        int j = i + 1;
        while (j < _pieces.Length && _pieces[j].Start == _pieces[j - 1].End
            && (left ? _pieces[j].Left[subject] : _pieces[j].Right[subject]).SaysTheSameAs(verdict))
        {
            j++;
        }

        return j < _pieces.Length || _pieces[j - 1].End is not null ? _pieces[j - 1].End : null;
    }

    /// <summary>
    /// The rules by which one side goes on saying the same after a disagreement that ends before piece
    /// <paramref name="next"/>, other than those that said it during the disagreement, in order of first use.
    /// </summary>
    private List<string> LaterRules(int subject, int next, ComparisonVerdict verdict, bool isLeft)
    {
        var ids = new List<string>();
        for (int k = next; k < _pieces.Length && _pieces[k].Start == _pieces[k - 1].End; k++)
        {
            ComparisonVerdict later = isLeft ? _pieces[k].Left[subject] : _pieces[k].Right[subject];
            if (!later.SaysTheSameAs(verdict))
            {
                break;
            }

            foreach (CareRule rule in later.Rules)
            {
                if (!verdict.Rules.Any(r => string.Equals(r.Id, rule.Id, StringComparison.Ordinal)) && !ids.Contains(rule.Id))
                {
                    ids.Add(rule.Id);
                }
            }
        }

        return ids;
    }

    private string Sentence(
        ComparisonSubject subject, Instant start, Instant? end, ComparisonVerdict left, Instant? leftUntil, List<string> leftLater, ComparisonVerdict right, Instant? rightUntil, List<string> rightLater)
    {
        // Two versions of one protocol often share a name: then the sides are "the first" and "the second".
        bool sameName = string.Equals(Left.Protocol.Name, Right.Protocol.Name, StringComparison.Ordinal);
        string leftName = sameName ? $"{Left.Protocol.Name} (first)" : Left.Protocol.Name;
        string rightName = sameName ? $"{Right.Protocol.Name} (second)" : Right.Protocol.Name;

        // A rule that says the same with other words: the difference is its text, so say both.
        bool reworded = subject.Kind == ComparisonSubjectKind.Rule && !left.IsNothing && !right.IsNothing
            && left.IsSuspended == right.IsSuspended && left.Directives.SequenceEqual(right.Directives);
        string span = end is { } e ? Span(start, e) : $"from {From(start)} on";
        return $"{subject.Name}, {span}: {Side(leftName, left, leftUntil, leftLater, end)}; {Side(rightName, right, rightUntil, rightLater, end)}.";

        string Side(string name, ComparisonVerdict verdict, Instant? until, List<string> later, Instant? differenceEnd)
        {
            string says = verdict.IsNothing ? $"{name} says nothing"
                : reworded ? $"{name} says {verdict}: {string.Join("; ", verdict.Rules.Select(r => $"\"{r.Text.Default}\""))}"
                : $"{name} says {verdict}";
            if (verdict.IsNothing || until == differenceEnd)
            {
                return says;
            }

            // The side goes on saying the same after the disagreement ends, by other rules maybe (named): say how long.
            string keeps = later.Count == 0 ? verdict.Summary : $"{verdict.Summary} (then {string.Join(", ", later)})";
            return until is { } u ? $"{says}, and keeps saying {keeps} {Until(u)}" : $"{says}, and keeps saying {keeps} for good";
        }
    }

    /// <summary>A stretch: "on day 4 of session 1 (2026-11-24)" for one whole day, "from ... through/until ..." otherwise.</summary>
    private string Span(Instant start, Instant end)
    {
        DateTimeZone zone = Plan.Zone;
        LocalDate date = start.InZone(zone).Date;
        if (zone.AtStartOfDay(date).ToInstant() == start && zone.AtStartOfDay(date.PlusDays(1)).ToInstant() == end)
        {
            return $"on {From(start)}";
        }

        return $"from {From(start)} {Until(end)}";
    }

    /// <summary>A start: "day 3 of session 1 (2026-11-23)", with the time when it is not the start of a day.</summary>
    private string From(Instant instant)
    {
        (CareSession session, int day) = SessionDayOf(instant);
        return string.Create(CultureInfo.InvariantCulture, $"day {ToDisplayDay(day)} of session {session.Number} ({When(instant)})");
    }

    /// <summary>Returns a session day number as the sentences say it, following <see cref="DayNumbering"/>.</summary>
    /// <param name="sessionDay">The day number with the session's date as day 0, such as <see cref="ComparisonDay.SessionDay"/>.</param>
    /// <returns>The day number to display.</returns>
    public int ToDisplayDay(int sessionDay) => DayNumbering == DayNumbering.SessionDayIsOne ? Left.Protocol.ToDisplayDay(sessionDay) : sessionDay;

    /// <summary>An end, exclusive: "through day 4 of session 1 (2026-11-24)" at the start of a day, "until day 0 of session 2 (2026-12-01 10:00)" otherwise.</summary>
    private string Until(Instant end)
    {
        DateTimeZone zone = Plan.Zone;
        ZonedDateTime local = end.InZone(zone);
        if (zone.AtStartOfDay(local.Date).ToInstant() == end)
        {
            (CareSession session, int number) = SessionDayOf(end - Duration.Epsilon);
            return string.Create(CultureInfo.InvariantCulture, $"through day {ToDisplayDay(number)} of session {session.Number} ({DatePattern.Format(local.Date.PlusDays(-1))})");
        }

        (CareSession s, int d) = SessionDayOf(end);
        return string.Create(CultureInfo.InvariantCulture, $"until day {ToDisplayDay(d)} of session {s.Number} ({When(end)})");
    }

    private string When(Instant instant)
    {
        ZonedDateTime local = instant.InZone(Plan.Zone);
        return Plan.Zone.AtStartOfDay(local.Date).ToInstant() == instant ? DatePattern.Format(local.Date) : DateTimePattern.Format(local.LocalDateTime);
    }

    private sealed record Piece(Instant Start, Instant? End, ComparisonVerdict[] Left, ComparisonVerdict[] Right);
}
