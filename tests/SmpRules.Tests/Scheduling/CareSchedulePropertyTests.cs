using System.Collections.Immutable;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Tests.Support;
using SmpRules.Timing;

namespace SmpRules.Tests.Scheduling;

/// <summary>
/// Properties of schedules over thousands of seeded random protocols and plans (see <see cref="RandomCases"/>); a
/// failure names the seed, the case and the protocol and plan, so it can be replayed.
/// </summary>
public sealed class CareSchedulePropertyTests
{
    private const int Cases = 1000;

    private static readonly Duration Minute = Duration.FromMinutes(1);

    /// <summary>Runs a property over random cases and fails with the first few counterexamples.</summary>
    private static void ForAll(int seed, int cases, Action<RandomCases, CareProtocol, CarePlan, List<string>> property)
    {
        var random = new RandomCases(seed);
        var failures = new List<string>();
        for (int i = 0; i < cases && failures.Count < 5; i++)
        {
            CareProtocol protocol = random.Protocol();
            CarePlan plan = random.Plan();
            var problems = new List<string>();
            property(random, protocol, plan, problems);
            if (problems.Count > 0)
            {
                failures.Add($"seed {seed}, case {i}: {string.Join(" | ", problems.Take(3))}\n  {RandomCases.Describe(protocol, plan)}");
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>Instants worth asking about: every transition (16 of them at most) and session, a minute and a tick either side, and some random ones.</summary>
    private static List<Instant> Probes(RandomCases random, CareSchedule schedule)
    {
        var probes = new List<Instant>();
        IEnumerable<Instant> transitions = schedule.Transitions.Length <= 16
            ? schedule.Transitions
            : Enumerable.Range(0, 16).Select(_ => schedule.Transitions[random.Next(0, schedule.Transitions.Length - 1)]);
        foreach (Instant t in transitions.Concat(schedule.Plan.Sessions.Select(s => s.Instant)))
        {
            probes.Add(t - Minute);
            probes.Add(t - Duration.Epsilon);
            probes.Add(t);
            probes.Add(t + Minute);
        }

        Instant first = schedule.Plan.FirstSession.Instant - Duration.FromDays(10);
        long span = (schedule.Plan.FinalSession.Instant + Duration.FromDays(60) - first).ToInt64Nanoseconds() / 1_000_000_000;
        for (int i = 0; i < 10; i++)
        {
            probes.Add(first + Duration.FromSeconds(random.Next(0, (int)Math.Min(span, int.MaxValue))));
        }

        return probes;
    }

    private static string Key(CareAdviceItem i) =>
        $"{i.RuleId}:{i.Status}:{i.Session.Number}:{i.Interval}:{i.SuspendedBy?.Id}:{i.ResumesAt}";

    private static string Keys(IEnumerable<CareAdviceItem> items) => string.Join(" ", items.Select(Key));

    private static string StretchKey(CareAdviceItem i) => $"{i.RuleId}:{i.Status}:{i.Interval}:{i.ResumesAt}";

    /// <summary>What applies and what is suspended: what a timeline's segments and changes are about (DOMAIN.md section 3).</summary>
    private static string StatusKeys(IEnumerable<CareAdviceItem> items) => string.Join(" ", items.Select(i => $"{i.RuleId}:{i.Status}"));

    [Fact]
    public void At_RandomProtocolsAndPlans_AgreesWithADirectReadingOfTheSemantics_CompiledOrNot()
    {
        ForAll(1001, Cases, (random, protocol, plan, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            var oracle = new Oracle(protocol, plan);
            foreach (Instant t in Probes(random, schedule))
            {
                CareAdvice advice = schedule.At(t);
                string actual = string.Join(" ", advice.Items.Select(i => new Oracle.Expected(i.RuleId, i.Status, i.Session.Number, i.SuspendedBy?.Id)));
                string expected = string.Join(" ", oracle.At(t));
                if (actual != expected)
                {
                    problems.Add($"at {t}: expected {expected}, got {actual}");
                }

                string uncompiled = string.Join(" ", protocol.Apply(plan).At(t).Items.Select(i => new Oracle.Expected(i.RuleId, i.Status, i.Session.Number, i.SuspendedBy?.Id)));
                if (uncompiled != expected)
                {
                    problems.Add($"at {t}: expected {expected}, an uncompiled schedule gives {uncompiled}");
                }

                LocalDate date = t.InZone(plan.Zone).Date;
                if (advice.Items.Any(i => i.SessionDay != Period.DaysBetween(i.Session.Date, date) || i.Date != date))
                {
                    problems.Add($"at {t}: wrong session days");
                }
            }
        });
    }

    [Fact]
    public void Timeline_RandomCases_SegmentsAreOrderedContiguousAndDisjoint()
    {
        ForAll(2002, Cases, (random, protocol, plan, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            Instant from = plan.FirstSession.Instant - Duration.FromDays(random.Next(0, 10)) - Duration.FromMinutes(random.Next(0, 1000));
            Instant to = plan.FinalSession.Instant + Duration.FromDays(random.Next(0, 60)) + Duration.FromMinutes(random.Next(1, 1000));
            ImmutableArray<CareAdvice> segments = schedule.Timeline(from, to);

            if (segments.IsEmpty || segments[0].Interval.Start != from || segments[^1].Interval.End != to)
            {
                problems.Add("the segments do not cover [from, to)");
                return;
            }

            for (int k = 0; k < segments.Length; k++)
            {
                Interval interval = segments[k].Interval;
                if (!interval.HasEnd || interval.End <= interval.Start)
                {
                    problems.Add($"segment {k} is empty or open: {interval}");
                }

                if (k > 0 && segments[k - 1].Interval.End != interval.Start)
                {
                    problems.Add($"segments {k - 1} and {k} are not contiguous");
                }

                if (k > 0 && StatusKeys(segments[k - 1].Items) == StatusKeys(segments[k].Items))
                {
                    problems.Add($"segments {k - 1} and {k} apply and suspend the same rules: a break where nothing changes");
                }

                if (k > 0 && !schedule.Transitions.Contains(interval.Start))
                {
                    problems.Add($"segment {k} starts at {interval.Start}, which is not a transition");
                }
            }

            // The whole course's timeline runs from the first change on, its last segment without end.
            ImmutableArray<CareAdvice> whole = schedule.Timeline();
            if (!schedule.Transitions.IsEmpty && (whole[0].Interval.Start != schedule.Start || whole[^1].Interval.HasEnd || whole[^1].Interval.Start != schedule.End))
            {
                problems.Add("Timeline() does not run from Start on, its last segment starting at End");
            }
        });
    }

    [Fact]
    public void At_RandomCases_EqualsTheSegmentHoldingTheInstantAndEnumerateAt()
    {
        ForAll(3003, Cases, (random, protocol, plan, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            Instant from = plan.FirstSession.Instant - Duration.FromDays(3);
            Instant to = plan.FinalSession.Instant + Duration.FromDays(40);
            ImmutableArray<CareAdvice> segments = schedule.Timeline(from, to);
            foreach (Instant t in Probes(random, schedule).Where(t => t >= from && t < to))
            {
                CareAdvice segment = segments.Single(s => s.Interval.Contains(t));
                CareAdvice advice = schedule.At(t);
                if (StatusKeys(advice.Items) != StatusKeys(segment.Items))
                {
                    problems.Add($"at {t}: At gives {Keys(advice.Items)}, the segment {segment.Interval} holds {Keys(segment.Items)}");
                }

                if (advice.Items.Any(i => !i.Interval.Contains(t)))
                {
                    problems.Add($"at {t}: an item's interval does not hold the instant");
                }

                var enumerated = new List<CareAdviceItem>();
                foreach (CareAdviceItem item in schedule.EnumerateAt(t))
                {
                    enumerated.Add(item);
                }

                if (!enumerated.SequenceEqual(advice.Items) || advice.Items.Any(i => advice.Applies(i.RuleId) != (i.Status == CareStatus.Applies)))
                {
                    problems.Add($"at {t}: EnumerateAt differs from At");
                }
            }
        });
    }

    [Fact]
    public void On_RandomCases_EqualsWhatAppliesAtSomeInstantOfTheDate()
    {
        ForAll(4004, Cases / 2, (random, protocol, plan, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            var oracle = new Oracle(protocol, plan);
            for (int d = 0; d < 6; d++)
            {
                LocalDate date = plan.Sessions[random.Next(0, plan.Sessions.Length - 1)].Date.PlusDays(random.Next(-3, 30));
                Instant dayStart = plan.Zone.AtStartOfDay(date).ToInstant();
                Instant dayEnd = plan.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
                CareAdvice advice = schedule.On(date);

                // What applies at the start of the day and at every change within it: the same rules with the same statuses
                // and stretches (which session and suspender each names is checked against DomainOracle in StretchPropertyTests).
                var instants = schedule.Transitions.Where(t => t > dayStart && t < dayEnd).Prepend(dayStart).ToList();
                var expected = instants.SelectMany(t => schedule.At(t).Items).Select(StretchKey).Distinct().Order(StringComparer.Ordinal).ToList();
                var expectedFromOracle = instants.SelectMany(oracle.At).Select(e => $"{e.RuleId}:{e.Status}").Distinct().Order(StringComparer.Ordinal).ToList();
                if (!advice.Items.Select(StretchKey).Order(StringComparer.Ordinal).SequenceEqual(expected))
                {
                    problems.Add($"on {date}: expected {string.Join(" ", expected)}, got {string.Join(" ", advice.Items.Select(StretchKey))}");
                }

                if (!advice.Items.Select(i => $"{i.RuleId}:{i.Status}").Distinct().Order(StringComparer.Ordinal).SequenceEqual(expectedFromOracle))
                {
                    problems.Add($"on {date}: the oracle expects {string.Join(" ", expectedFromOracle)}, got {string.Join(" ", advice.Items.Select(i => $"{i.RuleId}:{i.Status}"))}");
                }

                if (!advice.Items.Select(i => protocol.Rules.IndexOf(i.Rule)).SequenceEqual(advice.Items.Select(i => protocol.Rules.IndexOf(i.Rule)).Order()))
                {
                    problems.Add($"on {date}: items are not in protocol order");
                }

                if (advice.Interval != new Interval(dayStart, dayEnd) || advice.Date != date || advice.CourseDay != schedule.CourseDayOf(date))
                {
                    problems.Add($"on {date}: wrong interval, date or course day");
                }

                foreach (CareAdviceItem item in advice.Items)
                {
                    Instant partStart = item.Interval.Start > dayStart ? item.Interval.Start : dayStart;
                    Instant partEnd = !item.Interval.HasEnd || item.Interval.End > dayEnd ? dayEnd : item.Interval.End;
                    Interval? part = partStart == dayStart && partEnd == dayEnd ? null : new Interval(partStart, partEnd);
                    if (item.PartOfDay != part || item.SessionDay != Period.DaysBetween(item.Session.Date, date))
                    {
                        problems.Add($"on {date}: {item.RuleId} has part {item.PartOfDay}, expected {part}");
                    }
                }
            }
        });
    }

    [Fact]
    public void Timeline_RandomCases_SuspendedRuleNeverAppliesWhileItsSuspenderApplies()
    {
        ForAll(5005, Cases, (random, protocol, plan, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            ImmutableArray<CareAdvice> segments = schedule.Timeline(plan.FirstSession.Instant - Duration.FromDays(6), plan.FinalSession.Instant + Duration.FromDays(45));
            foreach (CareAdvice segment in segments)
            {
                var applying = segment.Applying.Select(i => i.RuleId).ToHashSet();
                foreach (CareAdviceItem item in segment.Items)
                {
                    if (item.Status == CareStatus.Applies && item.Rule.SuspendedBy.Any(applying.Contains))
                    {
                        problems.Add($"{segment.Interval}: {item.RuleId} applies while a rule that suspends it applies");
                    }

                    if (item.Status == CareStatus.Suspended
                        && (item.SuspendedBy is null || !applying.Contains(item.SuspendedBy.Id) || !item.Rule.SuspendedBy.Contains(item.SuspendedBy.Id)))
                    {
                        problems.Add($"{segment.Interval}: {item.RuleId} is suspended by {item.SuspendedBy?.Id}, which does not apply or does not suspend it");
                    }

                    if (item.Status == CareStatus.Applies && (item.SuspendedBy is not null || item.ResumesAt is not null))
                    {
                        problems.Add($"{segment.Interval}: {item.RuleId} applies but names a suspender or a resume time");
                    }

                    if (item.Status == CareStatus.Suspended && item.ResumesAt is { } resumes
                        && (!item.Interval.HasEnd || resumes < item.Interval.End || schedule.At(resumes).Items.All(i => i.RuleId != item.RuleId || i.Status != CareStatus.Applies)))
                    {
                        problems.Add($"{segment.Interval}: {item.RuleId} should resume at {resumes} but does not apply then");
                    }
                }
            }
        });
    }

    [Fact]
    public void Apply_AddingASession_NeverShortensAnEachSessionWindow()
    {
        ForAll(6006, Cases, (random, protocol, plan, problems) =>
        {
            List<LocalDateTime> extra = random.Sessions(plan.Zone, 1);
            CarePlan bigger;
            try
            {
                bigger = plan.WithSession(extra[0]);
            }
            catch (CarePlanException)
            {
                return; // the new session fell on an existing instant
            }

            CareSchedule before = protocol.Apply(plan);
            CareSchedule after = protocol.Apply(bigger);
            var instants = before.Transitions.Concat(after.Transitions).Distinct().Order().ToList();
            foreach (SmpRules.Rules.CareRule rule in protocol.Rules.Where(r => GrowsWithSessions(r.Window)))
            {
                foreach (Instant t in instants)
                {
                    bool was = before.At(t).Items.Any(i => i.RuleId == rule.Id);
                    bool now = after.At(t).Items.Any(i => i.RuleId == rule.Id);
                    if (was && !now)
                    {
                        problems.Add($"{rule.Id} [{rule.Window}] covered {t} before session {extra[0]} was added, and no longer does");
                    }
                }
            }
        });
    }

    /// <summary>
    /// Each-session windows whose every session's stretch depends on that session alone (or, ending at the next session,
    /// start no later than the session), and unions and intersections of them, can only grow when a session is added.
    /// </summary>
    private static bool GrowsWithSessions(CareWindow window) => window switch
    {
        // A mixed window spans from its first session's start to its final session's end: a session added before the
        // first or after the final only moves those outward, unless the end counts from the first session.
        AnchoredWindow { Anchor: WindowAnchor.EachSession, IsMixed: true } m => m.EndAnchor != WindowAnchor.FirstSession,
        AnchoredWindow { Anchor: WindowAnchor.EachSession } a => a.End.Kind != WindowEndKind.NextSession || a.Start.Value <= 0,
        CombinedWindow { Operation: WindowOperation.Union or WindowOperation.Intersection } c => GrowsWithSessions(c.Left) && GrowsWithSessions(c.Right),
        _ => false,
    };

    [Fact]
    public void Apply_SessionsInAnotherOrder_ChangesNothing()
    {
        ForAll(7007, Cases, (random, protocol, plan, problems) =>
        {
            var shuffled = plan.Sessions.Select(s => s.LocalDateTime).OrderBy(_ => random.Next(0, 1000)).ToList();
            CarePlan other = CarePlan.Create(plan.Zone, shuffled, plan.Facts);
            CareSchedule a = protocol.Apply(plan);
            CareSchedule b = protocol.Apply(other);

            if (!other.Equals(plan))
            {
                problems.Add("the plans differ");
            }

            if (!a.Transitions.SequenceEqual(b.Transitions))
            {
                problems.Add("the transitions differ");
                return;
            }

            if (a.Transitions.Length >= 2)
            {
                var ta = a.Timeline().Select(s => s.Interval + " " + Keys(s.Items));
                var tb = b.Timeline().Select(s => s.Interval + " " + Keys(s.Items));
                if (!ta.SequenceEqual(tb))
                {
                    problems.Add("the timelines differ");
                }
            }
        });
    }

    [Fact]
    public void NextChange_RandomCases_IsTheNextTransitionWithWhatStartsAndEnds()
    {
        ForAll(8008, Cases / 2, (random, protocol, plan, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            foreach (Instant t in Probes(random, schedule))
            {
                CareChange? change = schedule.NextChange(t);
                Instant? expected = schedule.Transitions.Where(x => x > t).Cast<Instant?>().FirstOrDefault();
                if (change?.At != expected)
                {
                    problems.Add($"after {t}: next change at {change?.At}, expected {expected}");
                    continue;
                }

                if (change is null)
                {
                    continue;
                }

                string started = Keys(schedule.At(change.At).Items.Where(i => i.Interval.Start == change.At));
                string ended = Keys(schedule.At(change.At - Duration.Epsilon).Items.Where(i => i.Interval.HasEnd && i.Interval.End == change.At));
                if (Keys(change.Started) != started || Keys(change.Ended) != ended)
                {
                    problems.Add($"at {change.At}: started {Keys(change.Started)} / {started}, ended {Keys(change.Ended)} / {ended}");
                }

                if (change.Started.IsEmpty && change.Ended.IsEmpty)
                {
                    problems.Add($"at {change.At}: a change where nothing starts or ends");
                }
            }
        });
    }
}
