using SmpRules.Plans;
using SmpRules.Protocols;
using static SmpRules.Calendar.Tests.WorkedExample;

namespace SmpRules.Calendar.Tests;

public class NoticesTests
{
    [Fact]
    public void The_worked_example_one_session_tells_the_changes_DOMAIN_lists()
    {
        // DOMAIN.md: after 10:00 on 2026-11-20 keep dry, redness, loose hat, no sauna; shampoo, moisturizer, exercise
        // suspended. From 2026-11-25 00:00 shampoo, moisturize and exercise apply. From 2026-12-19 only shampoo and
        // moisturize remain, for good.
        var notices = CareRevisions.Of(Apply(OneSession)).Notices(Local(2026, 11, 1), Local(2027, 1, 1));

        notices.Where(n => n.At == Local(2026, 11, 20, 10)).Select(n => (n.Rule.Id, n.Kind)).Should().BeEquivalentTo(new[]
        {
            ("dry-period.keep-scalp-dry", CareNoticeKind.Started),
            ("dry-period.redness-and-itching", CareNoticeKind.Started),
            ("dry-period.loose-hat", CareNoticeKind.Started),
            ("sweat-avoidance.no-sauna-or-steam", CareNoticeKind.Started),
            ("hygiene.shampoo-and-condition", CareNoticeKind.Suspended),
            ("hydration.moisturize", CareNoticeKind.Suspended),
            ("sweat-avoidance.controlled-exercise", CareNoticeKind.Suspended),
        });
        notices.Where(n => n.At == Local(2026, 11, 25)).Select(n => (n.Rule.Id, n.Kind)).Should().BeEquivalentTo(new[]
        {
            ("dry-period.keep-scalp-dry", CareNoticeKind.Ended),
            ("dry-period.redness-and-itching", CareNoticeKind.Ended),
            ("hygiene.shampoo-and-condition", CareNoticeKind.Resumed),
            ("hydration.moisturize", CareNoticeKind.Resumed),
            ("sweat-avoidance.controlled-exercise", CareNoticeKind.Resumed),
        });
        notices.Where(n => n.At == Local(2026, 12, 19)).Select(n => (n.Rule.Id, n.Kind)).Should().BeEquivalentTo(new[]
        {
            ("dry-period.loose-hat", CareNoticeKind.Ended),
            ("sweat-avoidance.no-sauna-or-steam", CareNoticeKind.Ended),
            ("sweat-avoidance.controlled-exercise", CareNoticeKind.Ended),
        });
        notices.Select(n => n.At).Distinct().Should().Equal(Local(2026, 11, 20, 10), Local(2026, 11, 25), Local(2026, 12, 19));
        notices.Select(n => n.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Sentences_name_the_day_and_the_rule_text_in_the_culture_asked_for()
    {
        var history = CareRevisions.Of(Apply(OneSession));
        var english = history.Notices(Local(2026, 11, 25), Local(2026, 11, 26));
        var spanish = history.Notices(Local(2026, 11, 25), Local(2026, 11, 26), "es-MX");

        english.Single(n => n.Rule.Id == StandardProtocol_Ids.Shampoo).Sentence.Should()
            .Be("From 2026-11-25, again: " + SmpRules.Protocols.StandardProtocol.Instance.Rules.Single(r => r.Id == StandardProtocol_Ids.Shampoo).Text.Default);
        spanish.Single(n => n.Rule.Id == StandardProtocol_Ids.Shampoo).Sentence.Should()
            .Be("Desde el 2026-11-25, de nuevo: Sigue usando champú y acondicionador al ducharte: la grasa y la piel muerta se acumulan con o sin pelo.");
        english.Select(n => n.Key).Should().Equal(spanish.Select(n => n.Key), "keys do not depend on the culture");
        history.Notices(Local(2026, 11, 20, 10), Local(2026, 11, 21)).Single(n => n.Rule.Id == StandardProtocol_Ids.Shampoo).Sentence.Should()
            .StartWith("From 2026-11-20 10:00 through 2026-11-24, paused for “Keep your scalp dry”: ");

        // An end says what the rule asked: exercise "is fine if you keep the sweating under control" is a limit, and its end
        // lifts the limit; it is not read as forbidding exercise.
        string exercise = SmpRules.Protocols.StandardProtocol.Instance.Rules.Single(r => r.Id == StandardProtocol_Ids.Exercise).Text.Default;
        history.Notices(Local(2026, 12, 19), Local(2026, 12, 20)).Single(n => n.Rule.Id == StandardProtocol_Ids.Exercise).Sentence.Should()
            .Be("From 2026-12-19, this limit ends: " + exercise);
        history.Notices(Local(2026, 12, 19), Local(2026, 12, 20), "es").Single(n => n.Rule.Id == StandardProtocol_Ids.Exercise).Sentence.Should()
            .Be("Desde el 2026-12-19, se acaba este límite: Puedes hacer ejercicio e ir al gimnasio si mantienes el sudor bajo control.");
    }

    [Fact]
    public void The_range_is_from_inclusive_to_exclusive_and_must_not_be_empty()
    {
        var history = CareRevisions.Of(Apply(OneSession));

        history.Notices(Local(2026, 11, 25), Local(2026, 11, 25) + Duration.Epsilon).Should().HaveCount(5);
        history.Notices(Local(2026, 11, 24), Local(2026, 11, 25)).Should().BeEmpty();
        var act = () => history.Notices(Local(2026, 11, 25), Local(2026, 11, 25));
        act.Should().Throw<ArgumentException>().WithMessage("*must be later than its start*");
    }

    [Fact]
    public void An_end_at_the_start_of_a_day_is_told_by_its_last_day_and_a_time_the_clocks_give_twice_by_its_offset()
    {
        // New York goes back from 02:00 EDT to 01:00 EST on 2026-11-01: 01:30 comes twice, and a session then is the first
        // (DOMAIN.md section 3). The dry period ends at the start of day 5 (2026-11-06 00:00), so it lasts through 2026-11-05.
        var plan = SmpRules.Plans.CarePlan.Create("America/New_York", new LocalDateTime(2026, 11, 1, 1, 30));
        var history = CareRevisions.Of(StandardProtocol.Instance.Apply(plan));

        CareNotice dry = history.Notices(Instant.FromUtc(2026, 11, 1, 0, 0)).First(n => n.Rule.Id == StandardProtocol_Ids.KeepScalpDry);
        dry.At.Should().Be(Instant.FromUtc(2026, 11, 1, 5, 30));
        dry.Sentence.Should().StartWith("From 2026-11-01 01:30 UTC-04:00 through 2026-11-05: ");
        var spanish = history.Notices(Instant.FromUtc(2026, 11, 1, 0, 0), null, "es").First(n => n.Rule.Id == StandardProtocol_Ids.KeepScalpDry);
        spanish.Sentence.Should().StartWith("Desde el 2026-11-01 a las 01:30 UTC-04:00 hasta el 2026-11-05 incluido: ");
    }

    [Fact]
    public void An_end_after_which_the_rule_comes_back_says_when()
    {
        // Sessions 2026-11-20 and 2026-12-20: the first sauna ban ends after day 28 (2026-12-18), and the second session's
        // starts at 2026-12-20 10:00. The end notice says so, so it is not read as the end for good.
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 20, 10, 0));
        string sauna = StandardProtocol.Instance.Rules.Single(r => r.Id == StandardProtocol_Ids.NoSauna).Text.Default;

        CareRevisions.Of(Apply(plan)).Notices(Local(2026, 12, 19), Local(2026, 12, 20)).Single(n => n.Rule.Id == StandardProtocol_Ids.NoSauna).Sentence
            .Should().Be("From 2026-12-19, this restriction ends: " + sauna + " Again from 2026-12-20 10:00.");
        CareRevisions.Of(Apply(plan)).Notices(Local(2027, 1, 18), Local(2027, 1, 19)).Single(n => n.Rule.Id == StandardProtocol_Ids.NoSauna).Sentence
            .Should().Be("From 2027-01-18, this restriction ends: " + sauna, "the last end is for good");
    }
}
