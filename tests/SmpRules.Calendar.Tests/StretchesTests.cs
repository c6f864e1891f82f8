using SmpRules.Scheduling;
using static SmpRules.Calendar.Tests.WorkedExample;

namespace SmpRules.Calendar.Tests;

public class StretchesTests
{
    [Fact]
    public void No_sauna_is_one_stretch_across_the_handover_as_DOMAIN_says()
    {
        // "With both sessions in the plan, 'no sauna' is one stretch, from 2026-11-20 10:00 until 2026-12-30 00:00."
        var sauna = CareRevisions.Of(Apply(TwoSessions)).Stretches.Where(s => s.RuleId == StandardProtocol_Ids.NoSauna).ToList();

        sauna.Should().ContainSingle();
        sauna[0].Start.Should().Be(Local(2026, 11, 20, 10));
        sauna[0].End.Should().Be(Local(2026, 12, 30));
        sauna[0].Session.Number.Should().Be(1);
    }

    [Fact]
    public void Shampoo_applies_until_the_second_session_then_is_suspended_until_day_5_of_it()
    {
        // "On 2026-12-01 shampoo shows twice: applies until 10:00, then suspended from 10:00 until 2026-12-06 00:00."
        var shampoo = CareRevisions.Of(Apply(TwoSessions)).Stretches.Where(s => s.RuleId == StandardProtocol_Ids.Shampoo).ToList();

        shampoo.Select(s => (s.Status, s.Start, s.End)).Should().Equal(
            (CareStatus.Suspended, Local(2026, 11, 20, 10), (Instant?)Local(2026, 11, 25)),
            (CareStatus.Applies, Local(2026, 11, 25), (Instant?)Local(2026, 12, 1, 10)),
            (CareStatus.Suspended, Local(2026, 12, 1, 10), (Instant?)Local(2026, 12, 6)),
            (CareStatus.Applies, Local(2026, 12, 6), (Instant?)null));
        shampoo[2].SuspendedBy!.Id.Should().Be(StandardProtocol_Ids.KeepScalpDry);
    }

    [Fact]
    public void Stretches_cover_every_item_of_every_segment_and_keys_are_unique()
    {
        CareSchedule schedule = Apply(TwoSessions);
        var stretches = CareRevisions.Of(schedule).Stretches;

        stretches.Select(s => s.Key).Should().OnlyHaveUniqueItems();
        foreach (CareAdvice segment in schedule.Timeline())
        {
            foreach (CareAdviceItem item in segment.Items)
            {
                stretches.Should().ContainSingle(s => s.RuleId == item.RuleId && s.Start == item.Interval.Start && s.Status == item.Status
                    && s.End == (item.Interval.HasEnd ? item.Interval.End : (Instant?)null));
            }
        }
    }

    [Fact]
    public void A_moved_session_keeps_every_key_and_only_its_own_stretches_move()
    {
        var history = CareRevisions.Of(Apply(TwoSessions), Apply(SecondMovedByAWeek));

        history.StretchesOf(1).Select(s => s.Key).Should().BeEquivalentTo(history.StretchesOf(0).Select(s => s.Key));
        var before = history.StretchesOf(0).ToDictionary(s => s.Key);
        foreach (CareStretch s in history.StretchesOf(1).Where(s => s.Start < Local(2026, 12, 1, 10)))
        {
            before[s.Key].Start.Should().Be(s.Start, "what starts before the moved session starts at the same instant ({0})", s.Key);
        }
    }

    [Fact]
    public void An_added_session_in_the_middle_keeps_the_keys_of_the_sessions_around_it()
    {
        var added = TwoSessions.WithSession(new LocalDateTime(2026, 11, 26, 10, 0)); // a session between the two
        var history = CareRevisions.Of(Apply(TwoSessions), Apply(added));
        var later = history.StretchesOf(1).ToDictionary(s => s.Key);

        // The second session's dry period and the suspensions it causes keep their keys and their times.
        foreach (CareStretch s in history.StretchesOf(0).Where(s => s.Start == Local(2026, 12, 1, 10)))
        {
            later.Should().ContainKey(s.Key);
            later[s.Key].Start.Should().Be(s.Start);
            later[s.Key].End.Should().Be(s.End);
        }

        // The new session is number 2 of the revised plan, added in revision 1.
        history.StretchesOf(1).Should().Contain(s => s.Key == "dry-period.keep-scalp-dry/applies/s2r1" && s.Start == Local(2026, 11, 26, 10));
    }

    [Fact]
    public void A_cancelled_session_keeps_the_keys_of_the_sessions_after_it()
    {
        var three = TwoSessions.WithSession(new LocalDateTime(2026, 12, 15, 10, 0));
        var history = CareRevisions.Of(Apply(three), Apply(three.WithoutSession(2)));

        history.StretchesOf(1).Should().Contain(s => s.Key == "dry-period.keep-scalp-dry/applies/s3" && s.Start == Local(2026, 12, 15, 10));
        history.StretchesOf(1).Should().NotContain(s => s.Key.EndsWith("/s2", StringComparison.Ordinal));
    }
}

internal static class StandardProtocol_Ids
{
    public const string NoSauna = SmpRules.Protocols.StandardProtocol.RuleIds.NoSaunaOrSteam;
    public const string Shampoo = SmpRules.Protocols.StandardProtocol.RuleIds.ShampooAndCondition;
    public const string KeepScalpDry = SmpRules.Protocols.StandardProtocol.RuleIds.KeepScalpDry;
    public const string Moisturize = SmpRules.Protocols.StandardProtocol.RuleIds.Moisturize;
    public const string Exercise = SmpRules.Protocols.StandardProtocol.RuleIds.ControlledExercise;
}
