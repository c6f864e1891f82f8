using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Tests.Support;

namespace SmpRules.Tests.Scheduling;

/// <summary>
/// Stretches, dates, changes and timelines over seeded random protocols and plans, checked against
/// <see cref="DomainOracle"/>: an oracle written apart from the library, from DOMAIN.md's words (section 3, "Stretches" and
/// "Timeline and next change"). A failure names the seed, the case, the protocol and the plan.
/// </summary>
public sealed class StretchPropertyTests
{
    private const int Cases = 400;

    private static void ForAll(int seed, Action<RandomCases, CareProtocol, CarePlan, DomainOracle, List<string>> property)
    {
        var random = new RandomCases(seed);
        var failures = new List<string>();
        for (int i = 0; i < Cases && failures.Count < 5; i++)
        {
            CareProtocol protocol = random.Protocol();
            CarePlan plan = random.Plan();
            var problems = new List<string>();
            property(random, protocol, plan, new DomainOracle(protocol, plan), problems);
            if (problems.Count > 0)
            {
                failures.Add($"seed {seed}, case {i}: {string.Join(" | ", problems.Take(3))}\n  {RandomCases.Describe(protocol, plan)}");
            }
        }

        failures.Should().BeEmpty();
    }

    /// <summary>Every change the oracle sees (16 at most) and every session, a tick either side, and random instants.</summary>
    private static List<Instant> Probes(RandomCases random, CarePlan plan, DomainOracle oracle)
    {
        IReadOnlyList<Instant> changes = oracle.Changes();
        IEnumerable<Instant> picked = changes.Count <= 16 ? changes : Enumerable.Range(0, 16).Select(_ => changes[random.Next(0, changes.Count - 1)]);
        var probes = new List<Instant>();
        foreach (Instant t in picked.Concat(plan.Sessions.Select(s => s.Instant)))
        {
            probes.Add(t - Duration.Epsilon);
            probes.Add(t);
            probes.Add(t + Duration.FromMinutes(1));
        }

        for (int i = 0; i < 8; i++)
        {
            probes.Add(plan.FirstSession.Instant + Duration.FromMinutes(random.Next(-3 * 1440, 80 * 1440)));
        }

        return probes;
    }

    private static string Describe(DomainOracle.Item e) =>
        $"{e.RuleId}:{e.Status}:s{e.Session}:by {e.SuspendedBy ?? "-"}:{e.From}..{e.Until?.ToString() ?? "forever"}:resumes {e.ResumesAt?.ToString() ?? "-"}";

    private static string Describe(CareAdviceItem i) =>
        $"{i.RuleId}:{i.Status}:s{i.Session.Number}:by {i.SuspendedBy?.Id ?? "-"}:{i.Interval.Start}..{(i.Interval.HasEnd ? i.Interval.End.ToString() : "forever")}:resumes {i.ResumesAt?.ToString() ?? "-"}";

    [Fact]
    public void At_RandomCases_EveryItemAsTheOracleSaysIt_CompiledOrNot()
    {
        ForAll(8101, (random, protocol, plan, oracle, problems) =>
        {
            CareSchedule compiled = protocol.Apply(plan);
            foreach (Instant t in Probes(random, plan, oracle))
            {
                string expected = string.Join(" ", oracle.At(t).Select(Describe));
                string actual = string.Join(" ", compiled.At(t).Items.Select(Describe));
                string uncompiled = string.Join(" ", protocol.Apply(plan).At(t).Items.Select(Describe));
                if (actual != expected || uncompiled != expected)
                {
                    problems.Add($"at {t}: the oracle says {expected}; the schedule says {actual}; uncompiled, {uncompiled}");
                }
            }
        });
    }

    [Fact]
    public void At_RandomCases_EveryStretchIsMaximal()
    {
        ForAll(8102, (random, protocol, plan, oracle, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            foreach (Instant t in Probes(random, plan, oracle))
            {
                foreach (CareAdviceItem item in schedule.At(t).Items)
                {
                    CareRule rule = item.Rule;
                    Interval stretch = item.Interval;
                    if (!stretch.Contains(t))
                    {
                        problems.Add($"at {t}: {item.RuleId}'s stretch {stretch} does not hold the instant");
                    }

                    // Just before "from" and at "until" the rule does not have the same status (DOMAIN.md: a stretch ends
                    // only where the rule stops applying or changes status).
                    if (stretch.Start != Instant.MinValue && oracle.StatusAt(rule, stretch.Start - Duration.Epsilon).Status == item.Status)
                    {
                        problems.Add($"at {t}: {item.RuleId} is {item.Status} just before its stretch {stretch} starts");
                    }

                    if (stretch.HasEnd && oracle.StatusAt(rule, stretch.End).Status == item.Status)
                    {
                        problems.Add($"at {t}: {item.RuleId} is still {item.Status} when its stretch {stretch} ends");
                    }

                    if (item.ResumesAt is { } resumes && (resumes != stretch.End || oracle.StatusAt(rule, resumes).Status != CareStatus.Applies))
                    {
                        problems.Add($"at {t}: {item.RuleId} says it resumes at {resumes}, but the oracle does not have it apply then");
                    }
                }
            }
        });
    }

    [Fact]
    public void On_RandomCases_EachStretchOnceWithTheLatestSessionAsTheOracleSaysIt()
    {
        ForAll(8103, (random, protocol, plan, oracle, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            for (int d = 0; d < 6; d++)
            {
                LocalDate date = plan.Sessions[random.Next(0, plan.Sessions.Length - 1)].Date.PlusDays(random.Next(-3, 30));
                string expected = string.Join(" ", oracle.On(date).Select(Describe));
                string actual = string.Join(" ", schedule.On(date).Items.Select(Describe));
                if (actual != expected)
                {
                    problems.Add($"on {date}: the oracle says {expected}; the schedule says {actual}");
                }
            }
        });
    }

    [Fact]
    public void ChangesAndTimeline_RandomCases_OnlyRealChanges()
    {
        ForAll(8104, (random, protocol, plan, oracle, problems) =>
        {
            CareSchedule schedule = protocol.Apply(plan);
            IReadOnlyList<Instant> changes = oracle.Changes();
            if (!schedule.Transitions.SequenceEqual(changes))
            {
                problems.Add($"transitions {string.Join(", ", schedule.Transitions)}; the oracle's changes {string.Join(", ", changes)}");
                return;
            }

            foreach (Instant t in Probes(random, plan, oracle))
            {
                if (schedule.NextChange(t)?.At != oracle.NextChangeAfter(t))
                {
                    problems.Add($"after {t}: next change {schedule.NextChange(t)?.At}, the oracle's {oracle.NextChangeAfter(t)}");
                }
            }

            Instant from = plan.FirstSession.Instant - Duration.FromDays(2);
            var segments = schedule.Timeline(from);
            var expectedStarts = changes.Where(c => c > from).Prepend(from).ToList();
            if (!segments.Select(s => s.Interval.Start).SequenceEqual(expectedStarts) || segments[^1].Interval.HasEnd)
            {
                problems.Add($"the timeline from {from} breaks at {string.Join(", ", segments.Select(s => s.Interval.Start))}, the oracle's changes are {string.Join(", ", expectedStarts)}");
            }

            for (int k = 1; k < segments.Length; k++)
            {
                string before = string.Join(" ", segments[k - 1].Items.Select(i => $"{i.RuleId}:{i.Status}"));
                string after = string.Join(" ", segments[k].Items.Select(i => $"{i.RuleId}:{i.Status}"));
                if (before == after)
                {
                    problems.Add($"segments {k - 1} and {k} ({segments[k].Interval.Start}) apply and suspend the same rules");
                }
            }
        });
    }
}
