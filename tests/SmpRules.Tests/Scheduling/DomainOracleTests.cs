using NodaTime.Text;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Tests.Support;
using SmpRules.Timing;

namespace SmpRules.Tests.Scheduling;

/// <summary>
/// Tests of <see cref="DomainOracle"/> itself (not of the library): its answers must match what DOMAIN.md says in words,
/// above all section 4's worked example.
/// </summary>
public sealed class DomainOracleTests
{
    private const string KeepScalpDry = "dry-period.keep-scalp-dry";
    private const string Redness = "dry-period.redness-and-itching";
    private const string LooseHat = "dry-period.loose-hat";
    private const string Shampoo = "hygiene.shampoo-and-condition";
    private const string Moisturize = "hydration.moisturize";
    private const string NoSauna = "sweat-avoidance.no-sauna-or-steam";
    private const string Exercise = "sweat-avoidance.controlled-exercise";

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static LocalDateTime L(string text) =>
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(text).Value;

    private static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static Instant At(DateTimeZone zone, string local) => zone.AtStrictly(L(local)).ToInstant();

    private static Instant Lon(string local) => At(London, local);

    private static DomainOracle OneSession() =>
        new(StandardProtocol.Instance, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));

    private static DomainOracle TwoSessions() =>
        new(StandardProtocol.Instance, CarePlan.Create("Europe/London", L("2026-11-20T10:00"), L("2026-12-01T10:00")));

    private static DomainOracle.Item Only(IEnumerable<DomainOracle.Item> items, string ruleId) =>
        items.Where(i => i.RuleId == ruleId).Should().ContainSingle().Subject;

    private static CareRule Rule(string id, CareWindow window, params string[] suspendedBy) => new()
    {
        Id = id,
        Family = new CareFamily("test"),
        Directive = CareDirective.Expect,
        Window = window,
        Text = new CareText("Text of " + id + "."),
        SuspendedBy = [.. suspendedBy],
    };

    // ------------------------------------------------------------ worked example, one session

    [Fact]
    public void One_session_nothing_applies_before_the_session()
    {
        OneSession().At(Lon("2026-11-20T09:59")).Should().BeEmpty();
        OneSession().At(Lon("2026-11-19T12:00")).Should().BeEmpty();
    }

    [Fact]
    public void One_session_after_ten_on_the_session_day_the_dry_period_suspends_shampoo_moisturizer_and_exercise()
    {
        IReadOnlyList<DomainOracle.Item> items = OneSession().At(Lon("2026-11-20T10:00"));

        Instant session = Lon("2026-11-20T10:00");
        Instant day5 = Lon("2026-11-25T00:00");
        Instant day29 = Lon("2026-12-19T00:00");
        items.Should().Equal(
            new DomainOracle.Item(KeepScalpDry, CareStatus.Applies, 1, null, session, day5, null),
            new DomainOracle.Item(Redness, CareStatus.Applies, 1, null, session, day5, null),
            new DomainOracle.Item(LooseHat, CareStatus.Applies, 1, null, session, day29, null),
            new DomainOracle.Item(Shampoo, CareStatus.Suspended, 1, KeepScalpDry, session, day5, day5),
            new DomainOracle.Item(Moisturize, CareStatus.Suspended, 1, KeepScalpDry, session, day5, day5),
            new DomainOracle.Item(NoSauna, CareStatus.Applies, 1, null, session, day29, null),
            new DomainOracle.Item(Exercise, CareStatus.Suspended, 1, KeepScalpDry, session, day5, day5));
    }

    [Fact]
    public void One_session_the_dry_period_lasts_up_to_the_end_of_2026_11_24()
    {
        DomainOracle oracle = OneSession();

        oracle.At(Lon("2026-11-24T23:59")).Select(i => i.RuleId).Should().Contain([KeepScalpDry, Redness]);
        oracle.At(Lon("2026-11-25T00:00")).Select(i => i.RuleId).Should().NotContain([KeepScalpDry, Redness]);
    }

    [Fact]
    public void One_session_from_day_5_shampoo_moisturizer_and_exercise_apply_and_no_sauna_still()
    {
        IReadOnlyList<DomainOracle.Item> items = OneSession().At(Lon("2026-11-25T00:00"));

        Instant day5 = Lon("2026-11-25T00:00");
        Instant day29 = Lon("2026-12-19T00:00");
        items.Should().Equal(
            new DomainOracle.Item(LooseHat, CareStatus.Applies, 1, null, Lon("2026-11-20T10:00"), day29, null),
            new DomainOracle.Item(Shampoo, CareStatus.Applies, 1, null, day5, null, null),
            new DomainOracle.Item(Moisturize, CareStatus.Applies, 1, null, day5, null, null),
            new DomainOracle.Item(NoSauna, CareStatus.Applies, 1, null, Lon("2026-11-20T10:00"), day29, null),
            new DomainOracle.Item(Exercise, CareStatus.Applies, 1, null, day5, day29, null));
    }

    [Fact]
    public void One_session_from_day_29_only_shampoo_and_moisturizer_remain_for_good()
    {
        DomainOracle oracle = OneSession();

        foreach (string local in new[] { "2026-12-19T00:00", "2027-06-01T12:00", "2090-01-01T00:00" })
        {
            oracle.At(Lon(local)).Should().Equal(
                new DomainOracle.Item(Shampoo, CareStatus.Applies, 1, null, Lon("2026-11-25T00:00"), null, null),
                new DomainOracle.Item(Moisturize, CareStatus.Applies, 1, null, Lon("2026-11-25T00:00"), null, null));
        }

        oracle.At(Lon("2026-12-18T23:59")).Select(i => i.RuleId).Should().Contain([NoSauna, LooseHat, Exercise]);
    }

    [Fact]
    public void One_session_changes_are_the_session_day_5_and_day_29()
    {
        OneSession().Changes().Should().Equal(Lon("2026-11-20T10:00"), Lon("2026-11-25T00:00"), Lon("2026-12-19T00:00"));
        OneSession().NextChangeAfter(Lon("2026-11-25T00:00")).Should().Be(Lon("2026-12-19T00:00"));
        OneSession().NextChangeAfter(Lon("2026-12-19T00:00")).Should().BeNull();
    }

    [Fact]
    public void One_session_on_the_session_date_every_rule_shows_once_from_ten()
    {
        IReadOnlyList<DomainOracle.Item> items = OneSession().On(D("2026-11-20"));

        items.Select(i => i.RuleId).Should().Equal(KeepScalpDry, Redness, LooseHat, Shampoo, Moisturize, NoSauna, Exercise);
        items.Should().OnlyContain(i => i.From == Lon("2026-11-20T10:00") && i.Session == 1);
    }

    [Fact]
    public void One_session_on_day_5_the_suspended_rules_show_only_as_applying()
    {
        IReadOnlyList<DomainOracle.Item> items = OneSession().On(D("2026-11-25"));

        items.Select(i => i.RuleId).Should().Equal(LooseHat, Shampoo, Moisturize, NoSauna, Exercise);
        Only(items, Shampoo).Status.Should().Be(CareStatus.Applies);
    }

    [Fact]
    public void One_session_on_day_4_shampoo_is_suspended_and_resumes_at_the_start_of_day_5()
    {
        DomainOracle.Item shampoo = Only(OneSession().On(D("2026-11-24")), Shampoo);

        shampoo.Should().Be(new DomainOracle.Item(
            Shampoo, CareStatus.Suspended, 1, KeepScalpDry, Lon("2026-11-20T10:00"), Lon("2026-11-25T00:00"), Lon("2026-11-25T00:00")));
    }

    // ------------------------------------------------------------ worked example, two sessions

    [Fact]
    public void Two_sessions_no_sauna_is_one_stretch_until_2026_12_30()
    {
        DomainOracle oracle = TwoSessions();
        var expectedFrom = Lon("2026-11-20T10:00");
        var expectedUntil = Lon("2026-12-30T00:00");

        foreach (string local in new[] { "2026-11-20T10:00", "2026-11-22T12:00", "2026-12-01T09:59", "2026-12-01T10:00", "2026-12-19T00:00", "2026-12-29T23:59" })
        {
            DomainOracle.Item sauna = Only(oracle.At(Lon(local)), NoSauna);
            sauna.Status.Should().Be(CareStatus.Applies);
            sauna.From.Should().Be(expectedFrom);
            sauna.Until.Should().Be(expectedUntil);
        }

        oracle.At(Lon("2026-12-30T00:00")).Select(i => i.RuleId).Should().NotContain(NoSauna);
    }

    [Fact]
    public void Two_sessions_asked_at_an_instant_the_governing_session_is_the_latest_covering_one()
    {
        DomainOracle oracle = TwoSessions();

        Only(oracle.At(Lon("2026-11-22T12:00")), NoSauna).Session.Should().Be(1);
        Only(oracle.At(Lon("2026-12-01T09:59")), NoSauna).Session.Should().Be(1);
        Only(oracle.At(Lon("2026-12-01T10:00")), NoSauna).Session.Should().Be(2);
        Only(oracle.At(Lon("2026-12-03T12:00")), NoSauna).Session.Should().Be(2);
        Only(oracle.At(Lon("2026-12-03T12:00")), KeepScalpDry).Session.Should().Be(2);
    }

    [Fact]
    public void Two_sessions_asked_on_2026_11_22_no_sauna_names_session_1_until_2026_12_30()
    {
        DomainOracle.Item sauna = Only(TwoSessions().On(D("2026-11-22")), NoSauna);

        sauna.Should().Be(new DomainOracle.Item(NoSauna, CareStatus.Applies, 1, null, Lon("2026-11-20T10:00"), Lon("2026-12-30T00:00"), null));
    }

    [Fact]
    public void Two_sessions_asked_on_2026_12_03_no_sauna_names_session_2_from_2026_11_20()
    {
        IReadOnlyList<DomainOracle.Item> items = TwoSessions().On(D("2026-12-03"));

        Only(items, NoSauna).Should().Be(new DomainOracle.Item(NoSauna, CareStatus.Applies, 2, null, Lon("2026-11-20T10:00"), Lon("2026-12-30T00:00"), null));
        Only(items, KeepScalpDry).Should().Be(new DomainOracle.Item(KeepScalpDry, CareStatus.Applies, 2, null, Lon("2026-12-01T10:00"), Lon("2026-12-06T00:00"), null));
    }

    [Fact]
    public void Two_sessions_on_2026_12_01_shampoo_shows_twice()
    {
        IReadOnlyList<DomainOracle.Item> shampoo = TwoSessions().On(D("2026-12-01")).Where(i => i.RuleId == Shampoo).ToList();

        shampoo.Should().Equal(
            new DomainOracle.Item(Shampoo, CareStatus.Applies, 1, null, Lon("2026-11-25T00:00"), Lon("2026-12-01T10:00"), null),
            new DomainOracle.Item(Shampoo, CareStatus.Suspended, 1, KeepScalpDry, Lon("2026-12-01T10:00"), Lon("2026-12-06T00:00"), Lon("2026-12-06T00:00")));
    }

    [Fact]
    public void Two_sessions_on_2026_12_01_the_session_date_names_session_2_for_rules_that_run_through_it()
    {
        IReadOnlyList<DomainOracle.Item> items = TwoSessions().On(D("2026-12-01"));

        Only(items, NoSauna).Session.Should().Be(2);
        Only(items, LooseHat).Session.Should().Be(2);
        items.Where(i => i.RuleId == Exercise).Select(i => (i.Status, i.Session, i.From, i.Until)).Should().Equal(
            (CareStatus.Applies, 1, Lon("2026-11-25T00:00"), (Instant?)Lon("2026-12-01T10:00")),
            (CareStatus.Suspended, 2, Lon("2026-12-01T10:00"), (Instant?)Lon("2026-12-06T00:00")));
    }

    [Fact]
    public void Two_sessions_the_second_dry_period_restarts_at_the_session_not_at_midnight()
    {
        DomainOracle oracle = TwoSessions();

        oracle.At(Lon("2026-12-01T09:59")).Select(i => i.RuleId).Should().NotContain(KeepScalpDry);
        Only(oracle.At(Lon("2026-12-01T09:59")), Shampoo).Status.Should().Be(CareStatus.Applies);
        Only(oracle.At(Lon("2026-12-01T10:00")), Shampoo).Status.Should().Be(CareStatus.Suspended);
    }

    [Fact]
    public void Two_sessions_a_handover_between_sessions_is_not_a_change()
    {
        TwoSessions().Changes().Should().Equal(
            Lon("2026-11-20T10:00"),
            Lon("2026-11-25T00:00"),
            Lon("2026-12-01T10:00"),
            Lon("2026-12-06T00:00"),
            Lon("2026-12-30T00:00"));
    }

    // ------------------------------------------------------------ precedence and stretches

    [Fact]
    public void A_rule_suspended_by_one_rule_then_by_another_is_one_suspended_stretch()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.target", CareWindow.Days(0, 10), "test.first", "test.second"))
            .Add(Rule("test.first", CareWindow.Days(0, 2)))
            .Add(Rule("test.second", CareWindow.Days(3, 5)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));
        Instant session = Lon("2026-11-20T10:00");
        Instant day6 = Lon("2026-11-26T00:00");

        Only(oracle.At(Lon("2026-11-21T12:00")), "test.target")
            .Should().Be(new DomainOracle.Item("test.target", CareStatus.Suspended, 1, "test.first", session, day6, day6));
        Only(oracle.At(Lon("2026-11-24T12:00")), "test.target")
            .Should().Be(new DomainOracle.Item("test.target", CareStatus.Suspended, 1, "test.second", session, day6, day6));
        Only(oracle.On(D("2026-11-22")), "test.target").SuspendedBy.Should().Be("test.first");
        Only(oracle.On(D("2026-11-23")), "test.target").SuspendedBy.Should().Be("test.second");
        Only(oracle.At(day6), "test.target")
            .Should().Be(new DomainOracle.Item("test.target", CareStatus.Applies, 1, null, day6, Lon("2026-12-01T00:00"), null));
        oracle.Changes().Should().Equal(session, Lon("2026-11-23T00:00"), day6, Lon("2026-12-01T00:00"));
    }

    [Fact]
    public void A_suspended_stretch_that_ends_with_the_rule_itself_does_not_resume()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.target", CareWindow.Days(0, 5), "test.first"))
            .Add(Rule("test.first", CareWindow.Days(0, 5)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));

        Only(oracle.At(Lon("2026-11-21T12:00")), "test.target")
            .Should().Be(new DomainOracle.Item("test.target", CareStatus.Suspended, 1, "test.first", Lon("2026-11-20T10:00"), Lon("2026-11-26T00:00"), null));
    }

    [Fact]
    public void The_first_suspender_in_the_list_that_applies_is_named()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.target", CareWindow.Days(0, 10), "test.first", "test.second"))
            .Add(Rule("test.first", CareWindow.Days(2, 3)))
            .Add(Rule("test.second", CareWindow.Days(0, 5)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));

        Only(oracle.At(Lon("2026-11-21T12:00")), "test.target").SuspendedBy.Should().Be("test.second");
        Only(oracle.At(Lon("2026-11-22T12:00")), "test.target").SuspendedBy.Should().Be("test.first");
        Only(oracle.On(D("2026-11-22")), "test.target").SuspendedBy.Should().Be("test.first");
    }

    [Fact]
    public void A_suspended_suspender_does_not_suspend()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.a", CareWindow.Days(0, 10), "test.b"))
            .Add(Rule("test.b", CareWindow.Days(0, 10), "test.c"))
            .Add(Rule("test.c", CareWindow.Days(0, 2)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));

        IReadOnlyList<DomainOracle.Item> early = oracle.At(Lon("2026-11-21T12:00"));
        Only(early, "test.a").Status.Should().Be(CareStatus.Applies);
        Only(early, "test.b").Status.Should().Be(CareStatus.Suspended);

        IReadOnlyList<DomainOracle.Item> later = oracle.At(Lon("2026-11-24T12:00"));
        Only(later, "test.a").Should().Be(new DomainOracle.Item("test.a", CareStatus.Suspended, 1, "test.b", Lon("2026-11-23T00:00"), Lon("2026-12-01T00:00"), null));
        Only(early, "test.a").Until.Should().Be(Lon("2026-11-23T00:00"));
    }

    [Fact]
    public void A_rule_whose_condition_fails_never_applies_and_never_suspends()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.target", CareWindow.Days(0, 10), "test.fair-skin"))
            .Add(Rule("test.fair-skin", CareWindow.Days(0, 5)) with { Condition = FactCondition.Equal("skin", "fair") })
            .Build();
        var dark = new DomainOracle(protocol, CarePlan.Create("Europe/London", [L("2026-11-20T10:00")], ClientFacts.Empty.With("skin", "dark")));
        var fair = new DomainOracle(protocol, CarePlan.Create("Europe/London", [L("2026-11-20T10:00")], ClientFacts.Empty.With("skin", "fair")));

        dark.At(Lon("2026-11-21T12:00")).Select(i => (i.RuleId, i.Status)).Should().Equal(("test.target", CareStatus.Applies));
        fair.At(Lon("2026-11-21T12:00")).Select(i => (i.RuleId, i.Status)).Should().Equal(
            ("test.target", CareStatus.Suspended), ("test.fair-skin", CareStatus.Applies));
    }

    // ------------------------------------------------------------ days, hours, anchors and combined windows

    [Fact]
    public void Day_windows_count_calendar_days_across_a_clock_change()
    {
        // London goes to summer time on 2026-03-29: days 0-4 of 2026-03-27 10:00 end at 2026-04-01 00:00 BST.
        CareProtocol protocol = new CareProtocolBuilder("x").Add(Rule("test.days", CareWindow.Days(0, 4))).Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-03-27T10:00")));

        oracle.Changes().Should().Equal(Lon("2026-03-27T10:00"), Lon("2026-04-01T00:00"));
        Lon("2026-04-01T00:00").Should().Be(Instant.FromUtc(2026, 3, 31, 23, 0));
    }

    [Fact]
    public void Hour_windows_count_elapsed_time_across_a_clock_change()
    {
        CareProtocol protocol = new CareProtocolBuilder("x").Add(Rule("test.hours", CareWindow.Hours(0, 48))).Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-03-28T10:00")));

        oracle.Changes().Should().Equal(Lon("2026-03-28T10:00"), Lon("2026-03-30T11:00"));
    }

    [Fact]
    public void A_window_starting_after_day_0_starts_at_midnight_and_one_ending_before_the_session_ends_at_it()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.later", CareWindow.Days(2, 3)))
            .Add(Rule("test.before", AnchoredWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-1), WindowEnd.Session)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));

        Only(oracle.At(Lon("2026-11-19T00:00")), "test.before").Until.Should().Be(Lon("2026-11-20T10:00"));
        oracle.At(Lon("2026-11-18T23:59")).Should().BeEmpty();
        Only(oracle.At(Lon("2026-11-22T00:00")), "test.later").Until.Should().Be(Lon("2026-11-24T00:00"));
        oracle.At(Lon("2026-11-21T23:59")).Should().BeEmpty();
    }

    [Fact]
    public void A_date_the_zone_skips_starts_where_the_next_date_starts()
    {
        // Samoa skipped 2011-12-30: days 0 to 1 of 2011-12-28 end at the start of 2011-12-30, which is 2011-12-31 00:00.
        DateTimeZone apia = DateTimeZoneProviders.Tzdb["Pacific/Apia"];
        CareProtocol protocol = new CareProtocolBuilder("x").Add(Rule("test.days", CareWindow.Days(0, 1))).Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Pacific/Apia", L("2011-12-28T10:00")));

        oracle.Changes().Should().Equal(At(apia, "2011-12-28T10:00"), At(apia, "2011-12-31T00:00"));
        oracle.On(D("2011-12-30")).Should().BeEmpty();
        oracle.On(D("2011-12-29")).Should().ContainSingle();
    }

    [Fact]
    public void Final_session_and_next_session_anchors()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.final", CareWindow.Days(0, 28, WindowAnchor.FinalSession)))
            .Add(Rule("test.until-next", CareWindow.Days(0, 0).UntilNextSession()))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00"), L("2026-12-01T10:00")));

        oracle.At(Lon("2026-11-22T12:00")).Should().Equal(
            new DomainOracle.Item("test.until-next", CareStatus.Applies, 1, null, Lon("2026-11-20T10:00"), null, null));
        oracle.At(Lon("2026-12-02T12:00")).Should().Equal(
            new DomainOracle.Item("test.final", CareStatus.Applies, 2, null, Lon("2026-12-01T10:00"), Lon("2026-12-30T00:00"), null),
            new DomainOracle.Item("test.until-next", CareStatus.Applies, 2, null, Lon("2026-11-20T10:00"), null, null));
    }

    [Fact]
    public void Combined_windows_union_intersection_and_difference()
    {
        AnchoredWindow a = CareWindow.Days(0, 4);
        AnchoredWindow b = CareWindow.Days(3, 6);
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.union", a.Union(b)))
            .Add(Rule("test.intersection", a.Intersect(b)))
            .Add(Rule("test.difference", a.Except(b)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));
        Instant session = Lon("2026-11-20T10:00");

        oracle.At(Lon("2026-11-21T00:00")).Should().Equal(
            new DomainOracle.Item("test.union", CareStatus.Applies, 1, null, session, Lon("2026-11-27T00:00"), null),
            new DomainOracle.Item("test.difference", CareStatus.Applies, 1, null, session, Lon("2026-11-23T00:00"), null));
        oracle.At(Lon("2026-11-24T00:00")).Select(i => i.RuleId).Should().Equal("test.union", "test.intersection");
        Only(oracle.At(Lon("2026-11-24T00:00")), "test.intersection").Until.Should().Be(Lon("2026-11-25T00:00"));
    }

    [Fact]
    public void Combined_windows_are_governed_by_the_later_session_of_either_side()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.union", CareWindow.Days(0, 28, WindowAnchor.FirstSession).Union(CareWindow.Days(0, 4))))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00"), L("2026-12-01T10:00")));

        Only(oracle.At(Lon("2026-12-02T12:00")), "test.union").Session.Should().Be(2);
        Only(oracle.At(Lon("2026-12-10T12:00")), "test.union").Session.Should().Be(1);
        Only(oracle.On(D("2026-12-10")), "test.union").Should().Be(
            new DomainOracle.Item("test.union", CareStatus.Applies, 1, null, Lon("2026-11-20T10:00"), Lon("2026-12-19T00:00"), null));
    }

    [Fact]
    public void Windows_far_from_the_session_are_evaluated_without_looping_over_days()
    {
        CareProtocol protocol = new CareProtocolBuilder("x")
            .Add(Rule("test.far", CareWindow.Days(-CareWindow.MaxDays, CareWindow.MaxDays)))
            .Add(Rule("test.far-hours", CareWindow.HoursFrom(CareWindow.MaxHours)))
            .Build();
        var oracle = new DomainOracle(protocol, CarePlan.Create("Europe/London", L("2026-11-20T10:00")));

        oracle.Changes().Should().HaveCount(3);
        Only(oracle.At(Lon("2026-11-20T10:00")), "test.far").From
            .Should().Be(London.AtStartOfDay(D("2026-11-20").PlusDays(-CareWindow.MaxDays)).ToInstant());
        Only(oracle.At(Lon("2026-11-20T10:00")), "test.far").Until
            .Should().Be(London.AtStartOfDay(D("2026-11-20").PlusDays(CareWindow.MaxDays + 1)).ToInstant());
    }
}
