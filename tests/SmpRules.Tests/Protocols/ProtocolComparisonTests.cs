using System.IO;
using System.Collections.Immutable;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Tests.Protocols;

/// <summary>
/// Two protocols for one plan. Expectations come from the protocols' own words: samples/protocols/evoke-smp.json keeps
/// water off days 0 to 2 and washes with water only on days 3 to 5; Standard keeps the scalp dry on days 0 to 4.
/// </summary>
public class ProtocolComparisonTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly CarePlan OneSession = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0));

    private static CareProtocol Evoke => CareProtocolJson.LoadFile(SampleProtocol("evoke-smp.json"));

    private static string SampleProtocol(string name)
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "SmpRules.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return Path.Combine(dir ?? throw new InvalidOperationException("SmpRules.sln not found"), "samples", "protocols", name);
    }

    private static Instant Local(int month, int day, int hour = 0) => London.AtStrictly(new LocalDateTime(2026, month, day, hour, 0)).ToInstant();

    private static IEnumerable<ProtocolDifference> About(ProtocolComparison comparison, string subject) =>
        comparison.Differences.Where(d => d.Subject.Name == subject);

    [Fact]
    public void Evoke_lets_the_client_wash_with_water_on_days_3_and_4_when_Standard_still_keeps_the_scalp_dry()
    {
        var comparison = ProtocolComparison.Of(Evoke, StandardProtocol.Instance, OneSession);

        ProtocolDifference washing = About(comparison, "washing").Should().ContainSingle().Subject;
        washing.Interval.Should().Be(new Interval(Local(11, 23), Local(11, 25)));
        (washing.Session.Number, washing.SessionDay).Should().Be((1, 3));
        washing.Left.Directives.Should().Equal(CareDirective.Do);
        washing.Left.Rules.Select(r => r.Id).Should().Equal("hygiene.water-only");
        washing.Right.Directives.Should().Equal(CareDirective.Avoid);
        washing.Right.Rules.Select(r => r.Id).Should().Equal(StandardProtocol.RuleIds.KeepScalpDry);
        washing.Sentence.Should().Be(
            "washing, from day 3 of session 1 (2026-11-23) through day 4 of session 1 (2026-11-24): "
            + "Evoke SMP says do (hygiene.water-only), and keeps saying do (then hygiene.gentle-cleanser, hygiene.shampoo-and-shower-gel) for good; Standard says avoid (dry-period.keep-scalp-dry).");
    }

    [Fact]
    public void Moisturizing_differs_twice_where_Evoke_says_nothing_and_then_do()
    {
        // Standard: no moisturizer on days 0 to 4, then moisturize for good. Evoke: nothing on days 0 to 2 (its "no water"
        // names washing and sweating only), moisturise on days 3 to 5, matte lotion from day 6.
        var comparison = ProtocolComparison.Of(Evoke, StandardProtocol.Instance, OneSession);

        About(comparison, "moisturizing").Select(d => (d.Interval, d.Left.Summary, d.Right.Summary)).Should().Equal(
            (new Interval(Local(11, 20, 10), Local(11, 23)), "-", "avoid"),
            (new Interval(Local(11, 23), Local(11, 25)), "do", "avoid"));
        About(comparison, "moisturizing").First().Sentence.Should().Contain("Evoke SMP says nothing; Standard says avoid (dry-period.keep-scalp-dry)");
    }

    [Fact]
    public void An_activity_one_protocol_never_names_is_a_difference_wherever_the_other_speaks_of_it()
    {
        var comparison = ProtocolComparison.Of(StandardProtocol.Instance, Evoke, OneSession);

        // Standard avoids saunas on days 0 to 28; Evoke has no rule on saunas.
        ProtocolDifference sauna = About(comparison, "sauna").Should().ContainSingle().Subject;
        sauna.Interval.Should().Be(new Interval(Local(11, 20, 10), Local(12, 19)));
        sauna.Right.IsNothing.Should().BeTrue();
        sauna.Sentence.Should().EndWith("Standard says avoid (sweat-avoidance.no-sauna-or-steam); Evoke SMP says nothing.");

        // Evoke's usual activities from day 29 name no activity: a rule compared by id, only in Evoke, for good.
        ProtocolDifference usual = About(comparison, "recovery.usual-activities").Should().ContainSingle().Subject;
        usual.Subject.Kind.Should().Be(ComparisonSubjectKind.Rule);
        usual.Interval.Should().Be(new Interval(Local(12, 19), null));
        usual.Sentence.Should().StartWith("recovery.usual-activities, from day 29 of session 1 (2026-12-19) on: Standard says nothing; Evoke SMP says do");
    }

    [Fact]
    public void A_protocol_compared_with_itself_has_no_difference_on_any_day()
    {
        var comparison = ProtocolComparison.Of(StandardProtocol.Instance, StandardProtocol.Instance,
            OneSession.WithSession(new LocalDateTime(2026, 12, 1, 10, 0)));

        comparison.IsEmpty.Should().BeTrue();
        ImmutableArray<ComparisonDay> days = comparison.Days();
        days.Should().OnlyContain(d => d.IsSame);
        days[0].Date.Should().Be(new LocalDate(2026, 11, 20));
        days[^1].Date.Should().Be(new LocalDate(2026, 12, 30), "the last change is the end of day 28 of session 2 (2026-12-30 00:00)");
    }

    [Fact]
    public void A_new_version_of_one_protocol_shows_what_its_clients_will_be_told_differently()
    {
        // Version 2 shortens the dry period to days 0 to 3 and rewords the hat advice.
        CareProtocol v2 = StandardProtocol.Instance
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 3))
            .WithRule(StandardProtocol.RuleIds.LooseHat, r => r with { Text = "Wear only a loose, soft hat while your scalp heals." });
        var comparison = ProtocolComparison.Of(StandardProtocol.Instance, v2, OneSession);

        // Day 4 (2026-11-24): v1 still keeps the scalp dry, v2 lets the client wash, moisturize and exercise again.
        var day4 = new Interval(Local(11, 24), Local(11, 25));
        About(comparison, "washing").Should().ContainSingle().Which.Interval.Should().Be(day4);
        About(comparison, "washing").Single().Right.Rules.Select(r => r.Id).Should().Equal(StandardProtocol.RuleIds.ShampooAndCondition);
        About(comparison, "sweating").Should().ContainSingle().Which.Right.Summary.Should().Be("limit");
        About(comparison, StandardProtocol.RuleIds.KeepScalpDry).Should().ContainSingle().Which.Interval.Should().Be(day4);
        About(comparison, StandardProtocol.RuleIds.ShampooAndCondition).Should().ContainSingle()
            .Which.Left.Summary.Should().Be("suspended");

        // The hat advice says the same (limit) but in other words: the rule compared by id differs while it applies.
        About(comparison, "hat").Should().BeEmpty();
        ProtocolDifference hat = About(comparison, StandardProtocol.RuleIds.LooseHat).Should().ContainSingle().Subject;
        hat.Interval.Should().Be(new Interval(Local(11, 20, 10), Local(12, 19)));
        hat.Sentence.Should().EndWith("Standard (second) says limit (dry-period.loose-hat): \"Wear only a loose, soft hat while your scalp heals.\".");
    }

    [Fact]
    public void Each_day_has_a_cell_per_subject_with_what_each_protocol_says_through_the_day()
    {
        var comparison = ProtocolComparison.Of(Evoke, StandardProtocol.Instance, OneSession);
        ImmutableArray<ComparisonDay> days = comparison.Days(new LocalDate(2026, 11, 20), new LocalDate(2026, 11, 26));

        days.Select(d => d.Date).Should().Equal(Enumerable.Range(20, 7).Select(d => new LocalDate(2026, 11, d)));
        ComparisonCell Cell(int day, string subject) => days[day - 20].Cells.Single(c => c.Subject.Name == subject);

        // 2026-11-20: nothing until the session at 10:00, then both avoid washing.
        Cell(20, "washing").Left.Select(v => v.Summary).Should().Equal("-", "avoid");
        Cell(20, "washing").IsSame.Should().BeTrue();
        Cell(23, "washing").Left.Select(v => v.Summary).Should().Equal("do");
        Cell(23, "washing").Right.Select(v => v.Summary).Should().Equal("avoid");
        Cell(23, "washing").IsSame.Should().BeFalse();
        Cell(25, "washing").IsSame.Should().BeTrue("from day 5 both say wash");
        (days[3].Session.Number, days[3].SessionDay).Should().Be((1, 3));
        days.Should().OnlyContain(d => !d.IsSame, "saunas differ all along");
        var reversed = () => comparison.Days(new LocalDate(2026, 11, 26), new LocalDate(2026, 11, 20));
        reversed.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*2026-11-20*cannot come before*2026-11-26*");
    }

    [Fact]
    public void Differences_are_exactly_the_instants_where_the_protocols_say_different_things()
    {
        // Brute force: at instants every 3 hours over 80 days (and just before and after each difference's bounds), what
        // each protocol says about each activity, read from its own advice, differs exactly inside a difference.
        CarePlan plan = OneSession.WithSession(new LocalDateTime(2026, 12, 1, 10, 0)).WithSession(new LocalDateTime(2026, 12, 12, 9, 30));
        CareSchedule evoke = Evoke.Apply(plan);
        CareSchedule standard = StandardProtocol.Instance.Apply(plan);
        var comparison = ProtocolComparison.Of(Evoke, StandardProtocol.Instance, plan);

        static string Says(CareSchedule schedule, Instant t, string activity) => string.Join("+", schedule.At(t).Items
            .Where(i => i.Status == CareStatus.Applies && i.Rule.Activities.Contains(new CareActivity(activity)))
            .Select(i => i.Directive).Distinct().Order());

        var instants = Enumerable.Range(0, 80 * 8).Select(k => Local(11, 19) + Duration.FromHours(3 * k))
            .Concat(comparison.Differences.SelectMany(d => new[] { d.Interval.Start, d.Interval.Start - Duration.Epsilon }))
            .ToList();
        foreach (ComparisonSubject subject in comparison.Subjects.Where(s => s.Kind == ComparisonSubjectKind.Activity))
        {
            foreach (Instant t in instants)
            {
                bool differs = Says(evoke, t, subject.Name) != Says(standard, t, subject.Name);
                bool listed = comparison.Differences.Any(d => d.Subject == subject && d.Interval.Contains(t));
                listed.Should().Be(differs, $"{subject} at {t}");
            }
        }
    }

    [Fact]
    public void A_window_the_sheet_gives_as_a_minimum_is_said_to_be_one()
    {
        CareProtocol atLeast = StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 3).AsMinimum());
        var comparison = ProtocolComparison.Of(atLeast, StandardProtocol.Instance, OneSession);

        About(comparison, "washing").Single().Sentence.Should().Be(
            "washing, on day 4 of session 1 (2026-11-24): "
            + "Standard (first) says do (hygiene.shampoo-and-condition), and keeps saying do for good; "
            + "Standard (second) says avoid (dry-period.keep-scalp-dry).");
        About(ProtocolComparison.Of(atLeast, Evoke, OneSession), "moisturizing").First().Left.ToString()
            .Should().Be("avoid (dry-period.keep-scalp-dry: days 0 to 3 of each session, at least)");
    }

    [Fact]
    public void Bad_arguments_say_what_is_wrong()
    {
        var noPlan = () => ProtocolComparison.Of(StandardProtocol.Instance, Evoke, null!);
        noPlan.Should().Throw<ArgumentNullException>().WithParameterName("plan");
    }

    [Fact]
    public void A_day_of_the_table_on_a_sessions_date_is_that_sessions_day_0()
    {
        // DOMAIN.md: for a date, the latest session governing within the date. Session 2 starts at 10:00 on 2026-12-01, so
        // that date is its day 0, and the day before is day 10 of session 1.
        var plan = OneSession.WithSession(new LocalDateTime(2026, 12, 1, 10, 0));
        var days = ProtocolComparison.Of(StandardProtocol.Instance, Evoke, plan).Days(new LocalDate(2026, 11, 30), new LocalDate(2026, 12, 2));

        days.Select(d => (d.Date, d.Session.Number, d.SessionDay)).Should().Equal(
            (new LocalDate(2026, 11, 30), 1, 10),
            (new LocalDate(2026, 12, 1), 2, 0),
            (new LocalDate(2026, 12, 2), 2, 1));
    }

    [Fact]
    public void Sentences_number_days_as_both_clinics_do_and_from_day_0_when_they_differ()
    {
        // DOMAIN.md: "some clinics call the treatment day day 1, others day 0". Evoke's sheet counts the treatment day as
        // day 1; Standard as day 0. Washing differs on the third and fourth dates after the session (2026-11-23 and 24).
        Evoke.DayNumbering.Should().Be(DayNumbering.SessionDayIsOne);
        var mixed = ProtocolComparison.Of(Evoke, StandardProtocol.Instance, OneSession);
        mixed.DayNumbering.Should().Be(DayNumbering.SessionDayIsZero);
        About(mixed, "washing").Single().Sentence.Should().StartWith("washing, from day 3 of session 1 (2026-11-23) through day 4 of session 1 (2026-11-24): ");

        CareProtocolBuilder standardFromOne = StandardProtocol.Instance.ToBuilder();
        standardFromOne.DayNumbering = DayNumbering.SessionDayIsOne;
        var bothFromOne = ProtocolComparison.Of(Evoke, standardFromOne.Build(), OneSession);
        bothFromOne.DayNumbering.Should().Be(DayNumbering.SessionDayIsOne);
        ProtocolDifference washing = About(bothFromOne, "washing").Single();
        washing.Sentence.Should().StartWith("washing, from day 4 of session 1 (2026-11-23) through day 5 of session 1 (2026-11-24): ");
        washing.SessionDay.Should().Be(3, "the data counts the session's date as day 0 whatever the clinic says");
    }
}
