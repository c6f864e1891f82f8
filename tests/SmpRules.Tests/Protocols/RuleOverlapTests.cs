using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;

namespace SmpRules.Tests.Protocols;

/// <summary>
/// The contradiction check reasons about time (DOMAIN.md section 3, "Conflicts"): a do and an avoid on one activity
/// are refused only when some plan makes both apply at one instant, and the error names such a plan and instant.
/// </summary>
public class RuleOverlapTests
{
    [Fact]
    public void Moisturize_from_day_6_until_the_next_session_never_meets_no_lotions_on_days_0_to_5()
    {
        // The clinic sheet of the issue: the two windows of any one session follow each other, and a later session's
        // "no lotions" starts at that session, where the earlier "moisturize" has just ended. No precedence is needed.
        CareProtocol protocol = Protocol(
            Rule("hydration.moisturize", CareWindow.Days(6, 0).WithEnd(WindowEnd.NextSession), CareDirective.Do, ["moisturizing"]),
            Rule("dry-period.no-lotions", CareWindow.Days(0, 5), CareDirective.Avoid, ["moisturizing"]));

        protocol.Rules.Should().HaveCount(2);
        protocol.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_later_session_inside_a_window_makes_a_pair_meet_and_the_error_says_where()
    {
        // "Wash on days 6 to 20 of the first session" against "no washing on days 0 to 2 of the final session": with one
        // session they never meet; a second session on day 4 of the first puts its days 0 to 2 (days 4 to 6 of session
        // 1) over day 6 of session 1.
        var build = () => Protocol(
            Rule("hygiene.wash", CareWindow.Days(6, 20, WindowAnchor.FirstSession), CareDirective.Do, ["washing"]),
            Rule("dry.no-washing", CareWindow.Days(0, 2, WindowAnchor.FinalSession), CareDirective.Avoid, ["washing"]));

        ProtocolProblem problem = build.Should().Throw<CareProtocolException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProtocolProblemCode.Contradiction);
        problem.Message.Should().Be(
            "Rules 'hygiene.wash' (do) and 'dry.no-washing' (avoid) both govern 'washing' and can apply at the same time with no precedence between them: "
            + "for instance with session 2 on day 4 of session 1, at 00:00 on day 6 of session 1 (day 2 of session 2). "
            + "Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other.");
        (problem.RuleId, problem.OtherRuleId, problem.Member, problem.Value).Should().Be(("hygiene.wash", "dry.no-washing", "activities", "washing"));
    }

    [Fact]
    public void Conditions_that_exclude_each_other_never_meet_and_overlapping_ones_do()
    {
        FactCondition fair = FactCondition.Equal("skin-type", "very-fair");
        Protocol(
            Rule("sun.walk", CareWindow.DaysFrom(0), CareDirective.Do, ["sun"], condition: !fair),
            Rule("sun.avoid", CareWindow.Days(0, 29), CareDirective.Avoid, ["sun"], condition: fair)).Rules.Should().HaveCount(2);

        var overlapping = () => Protocol(
            Rule("sun.walk", CareWindow.DaysFrom(0), CareDirective.Do, ["sun"], condition: FactCondition.Present("skin-type")),
            Rule("sun.avoid", CareWindow.Days(0, 29), CareDirective.Avoid, ["sun"], condition: fair));
        overlapping.Should().Throw<CareProtocolException>().Which.Problems.Single().Message.Should()
            .Contain("for instance with one session, for a client with skin-type=very-fair, at 10:00 on day 0 of session 1.");
    }

    [Fact]
    public void An_hour_window_meets_a_day_window_only_for_a_late_session_and_the_example_gives_its_time()
    {
        // Hours 0 to 14 after a 10:00 session end at midnight, where day 1 starts: they touch. After a 23:30 session
        // they run into day 1.
        var build = () => Protocol(
            Rule("sweat.light-exercise", CareWindow.Hours(0, 14), CareDirective.Do, ["sweating"]),
            Rule("sweat.no-exercise", CareWindow.DaysFrom(1), CareDirective.Avoid, ["sweating"]));

        build.Should().Throw<CareProtocolException>().Which.Problems.Single().Message.Should()
            .Contain("for instance with one session at 23:30, at 00:00 on day 1 of session 1.");
    }

    [Fact]
    public void Warnings_name_a_suspension_that_never_takes_effect_a_rule_that_never_applies_and_a_missing_translation()
    {
        CareProtocol protocol = new CareProtocolBuilder("Test").AddRange([
            Rule("dry.keep", CareWindow.Days(0, 4)),
            Rule("hygiene.wash", CareWindow.DaysFrom(5, WindowAnchor.FirstSession), suspendedBy: ["dry.first-week-before"]),
            Rule("dry.first-week-before", CareWindow.Days(-7, -1, WindowAnchor.FirstSession)),
            Rule("never", CareWindow.Days(0, 2, WindowAnchor.FirstSession).Intersect(CareWindow.Days(5, 6, WindowAnchor.FirstSession))),
            Rule("sun.cream", CareWindow.DaysFrom(0)) with { Text = new CareText("Use sun cream.").WithTranslation("es", "Usa crema solar.") },
        ]).Build();

        protocol.Warnings.Select(w => (w.Code, w.RuleId, w.Member, w.Value, w.Severity)).Should().Equal(
            (ProtocolProblemCode.IneffectiveSuspension, "hygiene.wash", "suspendedBy", "dry.first-week-before", ProtocolProblemSeverity.Warning),
            (ProtocolProblemCode.NeverApplies, "never", "window", null, ProtocolProblemSeverity.Warning),
            (ProtocolProblemCode.MissingTranslation, "dry.keep", "text", "es", ProtocolProblemSeverity.Warning),
            (ProtocolProblemCode.MissingTranslation, "hygiene.wash", "text", "es", ProtocolProblemSeverity.Warning),
            (ProtocolProblemCode.MissingTranslation, "dry.first-week-before", "text", "es", ProtocolProblemSeverity.Warning),
            (ProtocolProblemCode.MissingTranslation, "never", "text", "es", ProtocolProblemSeverity.Warning));
        protocol.Warnings[0].Message.Should().Be(
            "Rule 'hygiene.wash' is suspended by 'dry.first-week-before', but the two can never apply at the same time (day 5 onwards of the first session; days -7 to -1 of the first session), so the suspension never takes effect; remove it.");
        StandardProtocol.Instance.Warnings.Should().BeEmpty();
    }

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 1000));

    /// <summary>
    /// Brute force: random pairs of windows (any anchor, day and hour bounds, until the next session, unions,
    /// intersections and differences) on random plans of one to four sessions in zones with DST. Wherever both cover an
    /// instant of a random plan, the search must have found a meeting too; and a meeting it finds is real.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_search_never_misses_a_meeting_that_random_plans_find(int seed)
    {
        var random = new Random(seed);
        CareWindow a = RandomWindow(random, 2), b = RandomWindow(random, 2);
        RuleOverlap.Meeting? found = RuleOverlap.Find(a, null, b, null);
        if (found is not null)
        {
            var context = new PlanContext(found.Plan);
            Covers(a.Evaluate(context), found.At).Should().BeTrue();
            Covers(b.Evaluate(context), found.At).Should().BeTrue();
            return;
        }

        for (int n = 0; n < 300; n++)
        {
            CarePlan plan = RandomPlan(random);
            var context = new PlanContext(plan);
            foreach (Piece p in a.Evaluate(context))
            {
                foreach (Piece q in b.Evaluate(context))
                {
                    (p.Start < q.End && q.Start < p.End).Should().BeFalse($"'{a}' and '{b}' meet at {(p.Start > q.Start ? p.Start : q.Start)} on {plan}, which the search missed");
                }
            }
        }
    }

    private static bool Covers(List<Piece> pieces, Instant at) => pieces.Any(p => p.Start <= at && at < p.End);

    private static CareWindow RandomWindow(Random random, int depth)
    {
        if (depth > 0 && random.Next(4) == 0)
        {
            CareWindow left = RandomWindow(random, depth - 1), right = RandomWindow(random, depth - 1);
            return random.Next(3) switch
            {
                0 => left.Union(right),
                1 => left.Intersect(right),
                _ => left.Except(right),
            };
        }

        var anchor = (WindowAnchor)random.Next(3);
        if (random.Next(4) == 0)
        {
            int from = random.Next(-48, 96);
            return random.Next(3) == 0 ? CareWindow.HoursFrom(from, anchor) : CareWindow.Hours(from, from + random.Next(1, 96), anchor);
        }

        int start = random.Next(-6, 10);
        if (random.Next(6) == 0)
        {
            return CareWindow.Create(anchor, WindowStart.Day(start), (WindowAnchor)random.Next(3), WindowEnd.EndOfDay(start + random.Next(0, 8)));
        }

        return random.Next(5) switch
        {
            0 => CareWindow.DaysFrom(start, anchor),
            1 => CareWindow.Days(start, 0, anchor).WithEnd(WindowEnd.NextSession),
            _ => CareWindow.Days(start, start + random.Next(0, 8), anchor),
        };
    }

    private static readonly DateTimeZone[] Zones =
        [DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Europe/London"], DateTimeZoneProviders.Tzdb["America/New_York"], DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"]];

    private static CarePlan RandomPlan(Random random)
    {
        DateTimeZone zone = Zones[random.Next(Zones.Length)];
        LocalDate date = new LocalDate(2026, 1, 1).PlusDays(random.Next(0, 365));
        var sessions = new List<LocalDateTime>();
        int count = random.Next(1, 5);
        LocalDateTime? last = null;
        while (sessions.Count < count)
        {
            LocalDateTime local = date.At(new LocalTime(random.Next(0, 24), random.Next(4) * 15));
            if (zone.MapLocal(local).Count == 1 && (last is null || local > last))
            {
                sessions.Add(local);
                last = local;
            }

            date = date.PlusDays(random.Next(0, 12));
        }

        return CarePlan.Create(zone, sessions, null);
    }
}
