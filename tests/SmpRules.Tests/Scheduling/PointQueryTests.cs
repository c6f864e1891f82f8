using System.Globalization;
using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Scheduling;

/// <summary>
/// A point question on a schedule whose course is not compiled (<see cref="CareSchedule.At(Instant)"/> answered from the
/// plan directly) must be, item for item, what the compiled course says at the same instant, and neither the question
/// nor reading statuses, sessions and suspenders may compile the course.
/// </summary>
public sealed class PointQueryTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly string[] Zones =
    [
        "Europe/London", "America/New_York", "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata",
        "Pacific/Chatham", "America/St_Johns", "Asia/Tehran", "Europe/Moscow", "UTC",
    ];

    private static Instant Local(string text) =>
        LocalDateTimePattern.GeneralIso.Parse(text).Value.InZoneLeniently(London).ToInstant();

    [Fact]
    public void At_WorkedExampleDryPeriod_KeepDryAppliesShampooSuspendedBySessionOne()
    {
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0));

        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);
        CareAdvice snapshot = schedule.At(Local("2026-11-22T08:00:00"));

        snapshot.Items.Select(i => i.ToString()).Should().Equal(
            "dry-period.keep-scalp-dry applies (session 1, day 2)",
            "dry-period.redness-and-itching applies (session 1, day 2)",
            "dry-period.loose-hat applies (session 1, day 2)",
            "hygiene.shampoo-and-condition suspended (session 1, day 2)",
            "hydration.moisturize suspended (session 1, day 2)",
            "sweat-avoidance.no-sauna-or-steam applies (session 1, day 2)",
            "sweat-avoidance.controlled-exercise suspended (session 1, day 2)");
        snapshot.Items[3].SuspendedBy!.Id.Should().Be(Ids.KeepScalpDry);
        snapshot.Applies(Ids.KeepScalpDry).Should().BeTrue();
        snapshot.Applies(Ids.ShampooAndCondition).Should().BeFalse();
        snapshot.Date.Should().Be(new LocalDate(2026, 11, 22));
        snapshot.CourseDay.Should().Be(2);
        snapshot.Applying.Should().HaveCount(4);
        snapshot.Suspended.Should().HaveCount(3);
        snapshot.ToString().Should().Be("2026-11-22 (course day 2): 7 items");
        schedule.IsCompiled.Should().BeFalse("a point question and its statuses need no intervals");

        snapshot.Items[5].Interval.Should().Be(new Interval(Local("2026-11-20T10:00:00"), Local("2026-12-19T00:00:00")));
        schedule.IsCompiled.Should().BeTrue("an item's interval needs the whole course");
    }

    [Fact]
    public void At_SecondSessionDayTwo_NamesSessionTwo()
    {
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0));

        CareAdvice snapshot = StandardProtocol.Instance.Apply(plan).At(Local("2026-12-03T12:00:00"));

        snapshot.Items.Single(i => i.RuleId == Ids.KeepScalpDry).ToString().Should().Be("dry-period.keep-scalp-dry applies (session 2, day 2)");
        snapshot.Items.Single(i => i.RuleId == Ids.Moisturize).ToString().Should().Be("hydration.moisturize suspended (session 1, day 13)");
    }

    [Fact]
    public void At_BeforeFirstSession_NoItems()
    {
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0));

        StandardProtocol.Instance.Apply(plan).At(Local("2026-11-20T09:59:59")).Items.Should().BeEmpty();
    }

    [Fact]
    public void Apply_NullPlan_Throws()
    {
        Action act = () => StandardProtocol.Instance.Apply(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("plan");
    }

    [Fact]
    public void Default_Rule_ThrowsSayingItBelongsToNoSchedule()
    {
        Func<CareRule> act = () => default(CareAdviceItem).Rule;

        act.Should().Throw<InvalidOperationException>().WithMessage("This advice item is the default value and belongs to no schedule.");
        default(CareAdviceItem).ToString().Should().Be("(none)");
        default(CareAdviceItem).Should().Be(default(CareAdviceItem));
    }

    [Fact]
    public void At_StandardProtocolRandomPlansAndInstants_SameAsSchedule()
    {
        var random = new Random(20261125);
        int checkedInstants = 0;
        for (int p = 0; p < 300; p++)
        {
            CarePlan plan = RandomPlan(random);
            checkedInstants += AssertSameAsSchedule(StandardProtocol.Instance, plan, random);
        }

        checkedInstants.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public void At_RandomProtocolsWithComposedWindowsConditionsAndSuspension_SameAsSchedule()
    {
        var random = new Random(5);
        int checkedInstants = 0;
        int suspendedSeen = 0;
        for (int p = 0; p < 400; p++)
        {
            CareProtocol protocol = RandomProtocol(random);
            CarePlan plan = RandomPlan(random);
            checkedInstants += AssertSameAsSchedule(protocol, plan, random);
            suspendedSeen += protocol.Apply(plan).Timeline().Sum(s => s.Suspended.Length);
        }

        checkedInstants.Should().BeGreaterThan(5_000);
        suspendedSeen.Should().BeGreaterThan(100);
    }

    [Fact]
    public void At_ManyThreadsOnOneCompiledSchedule_EachGetsTheSegmentOfItsOwnInstant()
    {
        // One schedule, compiled once, asked from many threads at once at different instants: each gets its own answer.
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0), new LocalDateTime(2027, 3, 27, 9, 0));
        CareSchedule shared = StandardProtocol.Instance.Apply(plan);
        _ = shared.Transitions;
        var random = new Random(7);
        Instant[] instants = Enumerable.Range(0, 4000).Select(_ => plan.FirstSession.Instant + Duration.FromMinutes(random.Next(-1440, 200 * 1440))).ToArray();
        string[] expected = instants.Select(t => Describe(StandardProtocol.Instance.Apply(plan).At(t))).ToArray();

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<int>();
        System.Threading.Tasks.Parallel.For(0, instants.Length * 4, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            int k = (i * 7919) % instants.Length;
            if (Describe(shared.At(instants[k])) != expected[k])
            {
                mismatches.Add(k);
            }
        });

        mismatches.Should().BeEmpty();
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    [InlineData(40)]
    public void At_ManyRulesAtOnce_SameAsSchedule(int rules)
    {
        // Up to 8 items an answer holds their seeds itself; beyond, in an array: both must say what the course says.
        CareProtocol protocol = new CareProtocolBuilder("Many").AddRange(Enumerable.Range(0, rules).Select(i => new CareRule
        {
            Id = Id(i),
            Family = new CareFamily("random"),
            Directive = CareDirective.Expect,
            Window = i % 4 == 3 ? CareWindow.DaysFrom(1, WindowAnchor.FirstSession) : CareWindow.Days(0, 2 + i),
            SuspendedBy = i % 3 == 2 ? [Id(i - 1)] : [],
            Text = "Rule.",
        })).Build();
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 11, 25, 10, 0));

        AssertSameAsSchedule(protocol, plan, new Random(rules)).Should().BeGreaterThan(20);
        CareAdvice advice = protocol.Apply(plan).At(Local("2026-11-21T12:00:00"));
        advice.Items.Length.Should().Be(rules);
        advice.Items.Select(i => i.RuleId).Should().Equal(Enumerable.Range(0, rules).Select(Id));
        advice.Suspended.Select(i => i.RuleId).Should().Equal(Enumerable.Range(0, rules).Where(i => i % 3 == 2).Select(Id));
        advice.Items.Select(i => i.Session.Number).Should().OnlyContain(n => n == 1);
    }

    [Theory]
    [InlineData(7, "2026-11-22T08:00:00")]
    [InlineData(7, "2026-11-19T08:00:00")]
    [InlineData(256, "2026-11-22T08:00:00")]
    public void At_NotCompiled_AllocatesTheAnswerAndItsItemsSeedsOnly(int rules, string local)
    {
        // The evaluator's scratch space lives on the stack (up to 768 ints: 256 rules with 256 distinct windows), so a
        // point question allocates the answer, which holds up to 8 items' seeds itself, and beyond 8 one array of the
        // seeds (rule, session, suspender: 12 bytes each); the compiled schedule's answer reads the compiled seeds, so
        // it allocates the answer alone.
        CareProtocol protocol = rules == 7
            ? StandardProtocol.Instance
            : new CareProtocolBuilder("Many").AddRange(Enumerable.Range(0, rules).Select(i => new CareRule
            {
                Id = Id(i),
                Family = new CareFamily("random"),
                Directive = CareDirective.Expect,
                Window = CareWindow.Days(0, i),
                Text = "Rule.",
            })).Build();
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0));
        Instant t = Local(local);
        CareSchedule uncompiled = protocol.Apply(plan);
        CareSchedule compiled = protocol.Apply(plan);
        _ = compiled.Transitions;
        uncompiled.At(t).Items.Length.Should().Be(compiled.At(t).Items.Length);

        long Allocated(CareSchedule schedule)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++)
            {
                _ = schedule.At(t);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        int items = compiled.At(t).Items.Length;
        long seedArray = items <= 8 ? 0 : (24 + (12 * items) + 7) / 8 * 8;
        Allocated(uncompiled).Should().Be(Allocated(compiled) + (100 * seedArray));
        uncompiled.IsCompiled.Should().BeFalse();
    }

    private static int AssertSameAsSchedule(CareProtocol protocol, CarePlan plan, Random random)
    {
        CareSchedule schedule = protocol.Apply(plan);
        _ = schedule.Transitions;
        schedule.IsCompiled.Should().BeTrue();
        var instants = new List<Instant>();
        foreach (Instant t in schedule.Transitions)
        {
            instants.Add(t);
            instants.Add(t - Duration.Epsilon);
            instants.Add(t + Duration.FromMinutes(random.Next(1, 2000)));
        }

        foreach (CareSession session in plan.Sessions)
        {
            instants.Add(session.Instant);
            instants.Add(session.Instant - Duration.Epsilon);
        }

        for (int i = 0; i < 10; i++)
        {
            instants.Add(plan.FirstSession.Instant + Duration.FromMinutes(random.Next(-3 * 1440, 120 * 1440)));
        }

        CareSchedule fresh = protocol.Apply(plan);
        foreach (Instant t in instants)
        {
            CareAdvice compiled = schedule.At(t);
            string expected = Describe(compiled);
            string actual = Describe(fresh.At(t));
            actual.Should().Be(expected, $"a point question must match the compiled course for {plan} at {t} with the windows {string.Join(" | ", protocol.Rules.Select(r => r.Window))}");
            var enumerated = new List<CareAdviceItem>();
            foreach (CareAdviceItem item in schedule.EnumerateAt(t))
            {
                enumerated.Add(item);
            }

            Describe(enumerated.ToArray(), compiled.Date).Should().Be(expected, "EnumerateAt gives the same items");
        }

        fresh.IsCompiled.Should().BeFalse();

        // Items are values: the uncompiled answer's items equal the compiled ones once their stretches are read.
        foreach (Instant t in instants.Take(20))
        {
            protocol.Apply(plan).At(t).Items.Should().Equal(schedule.At(t).Items);
        }

        return instants.Count;
    }

    private static string Describe(CareAdvice advice) => string.Join(
        "; ",
        advice.Items.Select(i => $"{i.RuleId} {i.Status} s{i.Session.Number} d{i.SessionDay} by {i.SuspendedBy?.Id ?? "-"}").Append(advice.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));

    private static string Describe(CareAdviceItem[] items, LocalDate date) => string.Join(
        "; ",
        items.Select(i => $"{i.RuleId} {i.Status} s{i.Session.Number} d{i.SessionDay} by {i.SuspendedBy?.Id ?? "-"}").Append(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>1 to 8 sessions in a zone with DST quirks, 0 to 40 days apart (several on one date), at times that include DST transitions.</summary>
    private static CarePlan RandomPlan(Random random)
    {
        DateTimeZone zone = DateTimeZoneProviders.Tzdb[Zones[random.Next(Zones.Length)]];
        var sessions = new List<LocalDateTime>();
        LocalDate date = new LocalDate(2018, 1, 1).PlusDays(random.Next(0, 9 * 365));
        int count = random.Next(1, 9);
        while (sessions.Count < count)
        {
            var local = date.At(new LocalTime(random.Next(0, 24), random.Next(0, 4) * 15));
            if (zone.MapLocal(local).Count > 0 && !sessions.Any(s => zone.AtLeniently(s).ToInstant() == zone.AtLeniently(local).ToInstant()))
            {
                sessions.Add(local);
            }

            date = date.PlusDays(random.Next(0, 4) == 0 ? 0 : random.Next(1, 41));
        }

        return CarePlan.Create(zone, sessions, ClientFacts.Create(new Dictionary<string, string> { ["skin"] = random.Next(2) == 0 ? "fair" : "dark" }));
    }

    /// <summary>2 to 10 rules: day and hour windows from each, the first or the final session, ending at a day, an hour, the session, the next session or never, composed up to twice; conditions on a fact; suspension by earlier rules.</summary>
    private static CareProtocol RandomProtocol(Random random)
    {
        while (true)
        {
            int count = random.Next(2, 11);
            var builder = new CareProtocolBuilder("Random");
            for (int i = 0; i < count; i++)
            {
                var suspendedBy = Enumerable.Range(0, i).Where(_ => random.Next(3) == 0).Select(Id).ToArray();
                builder.Add(new CareRule
                {
                    Id = Id(i),
                    Family = new CareFamily("random"),
                    Directive = CareDirective.Expect,
                    Window = RandomWindow(random, depth: 2),
                    SuspendedBy = [.. suspendedBy],
                    Condition = random.Next(5) == 0 ? FactCondition.Equal("skin", "fair") : null,
                    Text = "Random rule.",
                });
            }

            try
            {
                return builder.Build();
            }
            catch (CareProtocolException)
            {
                // A random window was empty or reversed; draw again.
            }
        }
    }

    private static CareWindow RandomWindow(Random random, int depth)
    {
        if (depth > 0 && random.Next(3) == 0)
        {
            CareWindow left = RandomWindow(random, depth - 1);
            CareWindow right = RandomWindow(random, depth - 1);
            return random.Next(3) switch
            {
                0 => left.Union(right),
                1 => left.Intersect(right),
                _ => left.Except(right),
            };
        }

        var anchor = (WindowAnchor)random.Next(3);
        bool days = random.Next(2) == 0;
        WindowStart start = days ? WindowStart.Day(random.Next(-3, 8)) : WindowStart.Hour(random.Next(-72, 200));
        int from = days ? start.Value : start.Value / 24;
        WindowEnd end = random.Next(6) switch
        {
            0 => WindowEnd.Open,
            1 => WindowEnd.NextSession,
            2 => WindowEnd.Session,
            3 => WindowEnd.Hour((days ? Math.Max(start.Value, 0) * 24 : start.Value) + random.Next(1, 400)),
            _ => WindowEnd.EndOfDay(from + random.Next(0, 30)),
        };
        return CareWindow.Create(anchor, start, end);
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"random.rule-{i}");
}
