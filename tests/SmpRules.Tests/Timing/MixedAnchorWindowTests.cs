using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;

namespace SmpRules.Tests.Timing;

/// <summary>Windows whose start and end count from different sessions, and ends the sheet gives as a minimum.</summary>
public class MixedAnchorWindowTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>"No swimming from the first session until 30 days after the final one", as one window.</summary>
    private static readonly AnchoredWindow NoSwimming =
        CareWindow.Create(WindowAnchor.FirstSession, WindowStart.Day(0), WindowAnchor.FinalSession, WindowEnd.EndOfDay(30));

    private static Instant Local(int y, int m, int d, int h = 0) => London.AtStrictly(new LocalDateTime(y, m, d, h, 0)).ToInstant();

    [Fact]
    public void From_the_first_session_until_30_days_after_the_final_one_is_one_stretch_named_in_one_sentence()
    {
        NoSwimming.IsMixed.Should().BeTrue();
        NoSwimming.ToString().Should().Be("day 0 of the first session to day 30 of the final session");

        CareSchedule schedule = Protocol(Rule("swimming.none", NoSwimming, CareDirective.Avoid, ["swimming"]))
            .Apply(CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0)));

        // Day 30 of the final session (2026-12-01) is 2026-12-31; the window ends at its end, 2027-01-01 00:00.
        CareAdviceItem early = schedule.At(Local(2026, 11, 22, 12)).Items.Single();
        early.Interval.Should().Be(new Interval(Local(2026, 11, 20, 10), Local(2027, 1, 1)));
        (early.Session.Number, early.SessionDay).Should().Be((1, 2));
        CareAdviceItem late = schedule.On(new LocalDate(2026, 12, 3)).Items.Single();
        late.Interval.Should().Be(early.Interval, "one stretch across the second session");
        (late.Session.Number, late.SessionDay).Should().Be((2, 2));
        schedule.At(Local(2027, 1, 1)).Items.Should().BeEmpty();
        schedule.At(Local(2026, 12, 31, 23)).Items.Should().ContainSingle();
        schedule.At(Local(2026, 11, 20, 9)).Items.Should().BeEmpty("it starts at the first session");
    }

    [Fact]
    public void Json_reads_and_writes_the_end_anchor_and_at_least()
    {
        CareProtocol protocol = CareProtocolJson.Parse("""
            { "formatVersion": 1, "name": "Clinic",
              "rules": [
                { "id": "swimming.none", "family": "sweat-avoidance", "directive": "avoid", "activities": ["swimming"],
                  "window": { "anchor": "first-session", "fromDay": 0, "endAnchor": "final-session", "toDay": 30 }, "text": "No swimming." },
                { "id": "dry-period.keep-dry", "family": "dry-period", "directive": "avoid", "activities": ["washing"],
                  "window": { "fromDay": 0, "toDay": 3, "atLeast": true }, "text": "Keep your scalp dry for at least 4 days." } ] }
            """);

        protocol.Rules[0].Window.Should().Be(NoSwimming);
        var dry = (AnchoredWindow)protocol.Rules[1].Window;
        dry.IsMinimum.Should().BeTrue();
        dry.ToString().Should().Be("days 0 to 3 of each session, at least");
        CareProtocolJson.Parse(CareProtocolJson.Serialize(protocol)).Should().Be(protocol);
        CareProtocolJson.Serialize(protocol).Should().Contain("\"endAnchor\": \"final-session\"").And.Contain("\"atLeast\": true");
    }

    [Fact]
    public void An_end_anchor_with_an_end_that_counts_from_its_own_sessions_is_refused()
    {
        var build = () => Protocol(Rule("a.b", NoSwimming.WithEnd(WindowEnd.NextSession)));

        build.Should().Throw<CareProtocolException>().Which.Problems.Single().Message.Should().Be(
            "Rule 'a.b' has a window whose end counts from the final session but ends at the next session; such an end counts from the window's own sessions, so give no end anchor.");
    }

    [Fact]
    public void At_least_changes_the_description_not_the_window()
    {
        AnchoredWindow exact = CareWindow.Days(0, 3);
        CarePlan plan = CarePlan.Create(London, new LocalDateTime(2026, 11, 20, 10, 0));

        Protocol(Rule("a.b", exact.AsMinimum())).Apply(plan).Timeline().Select(s => s.Interval)
            .Should().Equal(Protocol(Rule("a.b", exact)).Apply(plan).Timeline().Select(s => s.Interval));
        exact.AsMinimum().Should().NotBe(exact);
    }
}
