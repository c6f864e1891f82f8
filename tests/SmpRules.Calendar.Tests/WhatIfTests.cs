using SmpRules.Plans;
using SmpRules.Protocols;
using static SmpRules.Calendar.Tests.WorkedExample;

namespace SmpRules.Calendar.Tests;

public class WhatIfTests
{
    private static readonly string SaunaText = SmpRules.Protocols.StandardProtocol.Instance.Rules.Single(r => r.Id == StandardProtocol_Ids.NoSauna).Text.Default;

    [Fact]
    public void Moving_the_second_session_a_week_tells_the_client_no_sauna_through_2027_01_05_instead_of_2026_12_29()
    {
        // Sessions 2026-11-20 and 2026-12-01: no sauna until 2026-12-30 00:00 (day 29 of session 2). Moved to 2026-12-08,
        // day 29 of session 2 is 2027-01-06. The client reads the last day it includes: through 2027-01-05.
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)).Compare(Local(2026, 11, 22, 12));

        CareStretchChange sauna = report.Changes.Single(c => c.Rule.Id == StandardProtocol_Ids.NoSauna);
        sauna.Kind.Should().Be(CareStretchChangeKind.Moved);
        sauna.Before!.End.Should().Be(Local(2026, 12, 30));
        sauna.After!.End.Should().Be(Local(2027, 1, 6));
        sauna.Sentence.Should().Be(SaunaText + " It now lasts through 2027-01-05 instead of through 2026-12-29.");

        // The second dry period moves as a whole.
        report.Changes.Single(c => c.Key == "dry-period.keep-scalp-dry/applies/s2").Sentence.Should()
            .EndWith("Now from 2026-12-08 10:00 through 2026-12-12 instead of from 2026-12-01 10:00 through 2026-12-05.");
        report.Changes.Should().NotContain(c => c.Kind != CareStretchChangeKind.Moved, "a moved session adds and removes nothing");
        report.Changes.Should().NotContain(c => c.Key == "dry-period.keep-scalp-dry/applies/s1", "the first dry period does not change");
    }

    [Fact]
    public void Reminders_of_the_moved_session_are_reissued_under_their_keys_and_none_are_cancelled()
    {
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)).Compare(Local(2026, 11, 22, 12));

        report.Cancel.Should().BeEmpty();
        report.Issue.Should().BeEmpty();
        report.Reissue.Select(n => n.Key).Should().Contain(new[]
        {
            "dry-period.keep-scalp-dry/applies/s2/start",
            "dry-period.keep-scalp-dry/applies/s2/end",
            "hygiene.shampoo-and-condition/applies/s2/start",
            "sweat-avoidance.no-sauna-or-steam/applies/s1/end",
        });
        report.Reissue.Single(n => n.Key == "hygiene.shampoo-and-condition/applies/s2/start").At.Should().Be(Local(2026, 12, 13));
        report.Reissue.Should().NotContain(n => n.Key == "hygiene.shampoo-and-condition/applies/s1/start", "it resumes on 2026-11-25 either way");
    }

    [Fact]
    public void Cancelling_the_second_session_cancels_its_reminders()
    {
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(TwoSessions.WithoutSession(2))).Compare(Local(2026, 11, 22, 12));

        report.Cancel.Select(n => n.Key).Should().Contain("dry-period.keep-scalp-dry/applies/s2/start");
        report.Changes.Should().Contain(c => c.Kind == CareStretchChangeKind.Removed && c.Key == "dry-period.keep-scalp-dry/applies/s2");
        report.Changes.Single(c => c.Rule.Id == StandardProtocol_Ids.NoSauna).Sentence.Should().EndWith(" It now lasts through 2026-12-18 instead of through 2026-12-29.");

        // Washing and moisturizing go on for good (DOMAIN.md: "keep washing and moisturizing for good"): cancelling the
        // session takes away their pause, not the rules. Their stretch after the pause was keyed to session 2, so the key
        // goes, but the client is not told "no longer" for a rule that still applies.
        report.Changes.Should().NotContain(c => c.Kind == CareStretchChangeKind.Removed && c.Before!.Status == SmpRules.Scheduling.CareStatus.Applies
            && (c.Rule.Id == StandardProtocol_Ids.Moisturize || c.Rule.Id == StandardProtocol_Ids.Shampoo));
        CareStretchChange pause = report.Changes.Single(c => c.Kind == CareStretchChangeKind.Removed && c.Rule.Id == StandardProtocol_Ids.Moisturize);
        pause.Before!.Status.Should().Be(SmpRules.Scheduling.CareStatus.Suspended);
        pause.Sentence.Should().EndWith(" The pause from 2026-12-01 10:00 through 2026-12-05 is cancelled.");
        report.Changes.Single(c => c.Key == "hydration.moisturize/applies/s1").Sentence.Should().EndWith(" Now from 2026-11-25 for good instead of until 2026-12-01 10:00.");
    }

    [Fact]
    public void Adding_a_session_issues_new_reminders_and_keeps_the_old_keys()
    {
        var three = TwoSessions.WithSession(new LocalDateTime(2026, 12, 15, 10, 0));
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(three)).Compare(Local(2026, 11, 22, 12), "es");

        report.Issue.Select(n => n.Key).Should().Contain("dry-period.keep-scalp-dry/applies/s3r1/start");

        // Exercise no longer ends on 2026-12-30 of its own: the third session's dry period suspends it on 2026-12-15 (day 14
        // of session 2), so that reminder goes; the rest of what was said still holds or is reissued.
        report.Cancel.Select(n => n.Key).Should().Equal("sweat-avoidance.controlled-exercise/applies/s2/end");
        report.Changes.Single(c => c.Key == "dry-period.keep-scalp-dry/applies/s3r1").Sentence.Should()
            .EndWith("Nuevo: desde el 2026-12-15 a las 10:00 hasta el 2026-12-19 incluido.");
    }

    [Fact]
    public void A_reminder_already_sent_whose_change_moves_later_is_sent_again_under_its_key()
    {
        // On 2026-12-03 the second session (2026-12-01) has happened in the old plan; moved to 2026-12-08 it is ahead again.
        // Its dry period's start was told on 2026-12-01: the moved one is the same reminder, sent again, not a new one.
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)).Compare(Local(2026, 12, 3));

        report.Reissue.Select(n => n.Key).Should().Contain("dry-period.keep-scalp-dry/applies/s2/start");
        report.Reissue.Single(n => n.Key == "dry-period.keep-scalp-dry/applies/s2/start").At.Should().Be(Local(2026, 12, 8, 10));
        report.Issue.Should().BeEmpty();
        report.Cancel.Should().BeEmpty();
    }

    [Fact]
    public void A_pending_reminder_whose_change_moves_into_the_past_is_cancelled()
    {
        // Moved back from 2026-12-08 to 2026-12-01, on 2026-12-03: the reminder set for 2026-12-08 will never be true.
        var report = CareRevisions.Of(Apply(SecondMovedByAWeek), Apply(TwoSessions)).Compare(Local(2026, 12, 3));

        report.Cancel.Select(n => n.Key).Should().Contain("dry-period.keep-scalp-dry/applies/s2/start");
        report.Reissue.Should().NotContain(n => n.Key == "dry-period.keep-scalp-dry/applies/s2/start");
        report.Issue.Should().BeEmpty();
        report.Reissue.Should().OnlyContain(n => n.At >= Local(2026, 12, 3));
    }

    [Fact]
    public void What_is_over_by_the_instant_asked_is_left_out()
    {
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)).Compare(Local(2027, 2, 1));

        // On 2027-02-01 both plans say the same from then on (shampoo and moisturizing for good, whichever day they resumed),
        // so no stretch is news; the session itself still moved.
        report.Changes.Should().BeEmpty();
        report.Sessions.Should().ContainSingle().Which.Sentence.Should().Be("Session 2 is now on 2026-12-08 10:00 (it was on 2026-12-01 10:00).");
        var earlier = CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)).Compare(Local(2026, 12, 10));
        earlier.Changes.Should().Contain(c => c.Rule.Id == StandardProtocol_Ids.Shampoo && c.After!.End == null,
            "on 2026-12-10 shampoo resumes on 2026-12-13, not 2026-12-06: that is still news");
        report.Cancel.Should().BeEmpty();
        report.Reissue.Should().BeEmpty();
    }

    [Fact]
    public void The_same_plan_twice_changes_nothing_and_one_revision_cannot_be_compared()
    {
        CareRevisions.Of(Apply(TwoSessions), Apply(TwoSessions)).Compare(Local(2026, 11, 1)).IsEmpty.Should().BeTrue();
        var act = () => CareRevisions.Of(Apply(TwoSessions)).Compare(Local(2026, 11, 1));
        act.Should().Throw<InvalidOperationException>().WithMessage("*two revisions*");
    }
    [Fact]
    public void A_session_moved_later_out_of_a_merged_ban_tells_when_the_ban_really_starts_again()
    {
        // Old: sessions 2026-11-20 and 2026-11-30, one sauna ban from 2026-11-20 10:00 through day 28 of the second session
        // (2026-12-28). New: the second session on 2026-12-20, so the first ban ends after 2026-12-18 (day 28 of the first)
        // and a second one runs from 2026-12-20 10:00 through 2027-01-17. The client must learn that the ban starts again
        // on 2026-12-20 at 10:00, not only the part the old plan did not already cover.
        var before = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 11, 30, 10, 0));
        var after = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 20, 10, 0));
        var report = CareRevisions.Of(Apply(before), Apply(after)).Compare(Local(2026, 11, 22, 12));

        var sauna = report.Changes.Where(c => c.Rule.Id == StandardProtocol_Ids.NoSauna).ToArray();
        sauna.Select(c => c.Sentence).Should().Equal(
            SaunaText + " It now lasts through 2026-12-18 instead of through 2026-12-28.",
            SaunaText + " New: from 2026-12-20 10:00 through 2027-01-17.");
        sauna[1].After!.Start.Should().Be(Local(2026, 12, 20, 10));
    }

    [Fact]
    public void A_session_added_says_when_a_rule_for_good_now_stops_and_that_it_resumes_for_good()
    {
        // DOMAIN.md: moisturizing is paused by every session's dry period and goes on for good otherwise. With a second
        // session on 2026-12-01 the client who was told "for good from 2026-11-25" must read both halves: it now stops at
        // the second session, and it resumes from 2026-12-06 for good.
        var report = CareRevisions.Of(Apply(OneSession), Apply(TwoSessions)).Compare(Local(2026, 11, 22, 12));
        string moisturize = StandardProtocol.Instance.Rules.Single(r => r.Id == StandardProtocol_Ids.Moisturize).Text.Default;

        report.Changes.Where(c => c.Rule.Id == StandardProtocol_Ids.Moisturize).Select(c => c.Sentence).Should().Equal(
            moisturize + " Now from 2026-11-25 until 2026-12-01 10:00 instead of for good.",
            moisturize + " New pause for “Keep your scalp dry”: from 2026-12-01 10:00 through 2026-12-05.",
            moisturize + " Again from 2026-12-06 for good.");

        // Exercise: a gap while the second dry period pauses it, then on again through day 28 of the second session.
        report.Changes.Where(c => c.Rule.Id == StandardProtocol_Ids.Exercise && c.Kind == CareStretchChangeKind.Added)
            .Select(c => c.Sentence).Should().Contain(s => s.EndsWith(" Again from 2026-12-06 through 2026-12-29.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stretch_moved_into_the_past_is_told_by_what_no_longer_comes_and_a_rule_that_goes_on_is_not_told_over()
    {
        // The second session moved back from 2026-12-08 to 2026-12-01, asked on 2026-12-07: the dry period the client expects
        // from 2026-12-08 10:00 does not come (the new one was over by 2026-12-06). Moisturizing, which the old plan had
        // until 2026-12-08 10:00, goes on: in the new plan it resumed on 2026-12-06 for good, so it is never told as over.
        var report = CareRevisions.Of(Apply(SecondMovedByAWeek), Apply(TwoSessions)).Compare(Local(2026, 12, 7));

        report.Sessions.Select(s => s.Sentence).Should().Equal("Session 2 is now on 2026-12-01 10:00 (it was on 2026-12-08 10:00).");
        report.Changes.Single(c => c.Key == "dry-period.keep-scalp-dry/applies/s2").Sentence.Should().EndWith(
            " This restriction no longer applies from 2026-12-08 10:00 through 2026-12-12.");
        report.Changes.Single(c => c.Key == "dry-period.redness-and-itching/applies/s2").Sentence.Should().EndWith(
            " No longer expected from 2026-12-08 10:00 through 2026-12-12.");
        report.Changes.Should().NotContain(c => c.Key == "hydration.moisturize/applies/s1", "moisturizing applies on 2026-12-07 in both plans");
        report.Changes.Single(c => c.Key == "hydration.moisturize/applies/s2").Sentence.Should().EndWith(
            " In effect now: from 2026-12-06 for good instead of from 2026-12-13.");
    }

    [Fact]
    public void Sessions_moved_added_and_cancelled_are_told_first()
    {
        var three = TwoSessions.WithSession(new LocalDateTime(2026, 12, 15, 10, 0));
        CareRevisions.Of(Apply(TwoSessions), Apply(three)).Compare(Local(2026, 11, 22), "es").Sessions.Select(s => (s.Kind, s.Sentence)).Should()
            .Equal((CareStretchChangeKind.Added, "Hay una nueva sesión 3, el 2026-12-15 a las 10:00."));
        var cancelled = CareRevisions.Of(Apply(TwoSessions), Apply(OneSession)).Compare(Local(2026, 11, 22)).Sessions.Should().ContainSingle().Subject;
        cancelled.Kind.Should().Be(CareStretchChangeKind.Removed);
        cancelled.Before!.Value.Number.Should().Be(2);
        cancelled.After.Should().BeNull();
        cancelled.Sentence.Should().Be("Session 2 on 2026-12-01 10:00 is cancelled.");
        CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek)).Compare(Local(2026, 11, 22), "es").Sessions.Single().Sentence.Should()
            .Be("La sesión 2 era el 2026-12-01 a las 10:00; ahora es el 2026-12-08 a las 10:00.");
        CareRevisions.Of(Apply(TwoSessions), Apply(TwoSessions)).Compare(Local(2026, 11, 22)).Sessions.Should().BeEmpty();
    }

    [Fact]
    public void A_rules_changes_are_told_together_and_an_end_says_what_the_rule_asked()
    {
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(OneSession)).Compare(Local(2026, 11, 22, 12));

        // Each rule's lines are consecutive.
        string[] rules = [.. report.Changes.Select(c => c.Rule.Id)];
        rules.Where((id, i) => i == 0 || rules[i - 1] != id).Should().OnlyHaveUniqueItems("a rule's runs of lines are one run");

        // Exercise "is fine if you keep the sweating under control" is a limit: its end lifts the limit, it does not forbid.
        report.Changes.Single(c => c.Kind == CareStretchChangeKind.Removed && c.Rule.Id == StandardProtocol_Ids.Exercise && c.Before!.Status == SmpRules.Scheduling.CareStatus.Applies)
            .Sentence.Should().EndWith(" This limit no longer applies from 2026-12-19 through 2026-12-29.");
    }

    [Fact]
    public void Spanish_what_if_sentences_put_articles_around_dates_and_times()
    {
        var report = CareRevisions.Of(Apply(OneSession), Apply(TwoSessions)).Compare(Local(2026, 11, 22, 12), "es");

        report.Changes.First(c => c.Rule.Id == StandardProtocol_Ids.Moisturize).Sentence.Should().EndWith(
            " Ahora desde el 2026-11-25 hasta el 2026-12-01 a las 10:00 (antes: indefinidamente).");
        var removed = CareRevisions.Of(Apply(TwoSessions), Apply(OneSession)).Compare(Local(2026, 11, 22, 12), "es");
        removed.Changes.Single(c => c.Kind == CareStretchChangeKind.Removed && c.Rule.Id == StandardProtocol_Ids.Moisturize).Sentence.Should()
            .EndWith(" Se cancela la pausa desde el 2026-12-01 a las 10:00 hasta el 2026-12-05 incluido.");
    }

    [Fact]
    public void A_session_moved_into_the_past_while_its_dry_period_runs_tells_the_pause_not_a_lifted_limit()
    {
        // Old: second session 2026-12-08; new: 2026-12-01; asked on 2026-12-03 at 12:00, inside the new dry period
        // (2026-12-01 10:00 through 2026-12-05). DOMAIN.md: the dry period suspends exercise, washing and moisturizing.
        // The old plan had them apply until 2026-12-08 10:00; now they are paused: the client must not read "no longer".
        var report = CareRevisions.Of(Apply(SecondMovedByAWeek), Apply(TwoSessions)).Compare(Local(2026, 12, 3, 12));

        report.Changes.Should().NotContain(c => c.Sentence.Contains("no longer", StringComparison.OrdinalIgnoreCase)
            && (c.Rule.Id == StandardProtocol_Ids.Exercise || c.Rule.Id == StandardProtocol_Ids.Shampoo || c.Rule.Id == StandardProtocol_Ids.Moisturize));
        report.Changes.Single(c => c.Key == "dry-period.keep-scalp-dry/applies/s2").Sentence.Should().EndWith(
            " In effect now: from 2026-12-01 10:00 through 2026-12-05 instead of from 2026-12-08 10:00 through 2026-12-12.");
        report.Changes[0].Key.Should().Be("dry-period.keep-scalp-dry/applies/s2", "what holds now comes first, in the protocol's order");
        report.Changes.Should().Contain(c => c.Rule.Id == StandardProtocol_Ids.Exercise && c.Sentence.StartsWith("Paused for “Keep your scalp dry”: ", StringComparison.Ordinal)
            && c.Sentence.Contains(" In effect now: from 2026-12-01 10:00 through 2026-12-05", StringComparison.Ordinal));
    }

    [Fact]
    public void What_no_longer_applies_is_told_from_the_instant_asked_on()
    {
        // The second session cancelled, asked on 2026-12-03 at 12:00, inside its dry period: what no longer comes is told
        // from then on, not from 2026-12-01.
        var report = CareRevisions.Of(Apply(TwoSessions), Apply(OneSession)).Compare(Local(2026, 12, 3, 12));

        report.Changes.Single(c => c.Key == "dry-period.keep-scalp-dry/applies/s2").Sentence.Should().EndWith(
            " This restriction no longer applies from 2026-12-03 12:00 through 2026-12-05.");
        report.Changes.Single(c => c.Kind == CareStretchChangeKind.Removed && c.Rule.Id == StandardProtocol_Ids.Shampoo).Sentence.Should().EndWith(
            " The pause from 2026-12-03 12:00 through 2026-12-05 is cancelled.");
    }
}
