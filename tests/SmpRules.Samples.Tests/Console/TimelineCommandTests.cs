using System.Text.Json;
using System.Threading.Tasks;
using NodaTime.Text;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Samples.Tests.Support;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Samples.Tests.Console;

public class TimelineCommandTests
{
    [Fact]
    public async Task Timeline_Json_MatchesLibraryTimelineThenWhatStaysForGood()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        JsonElement json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Should().Equal("zone", "segments");
        json.GetProperty("zone").GetString().Should().Be("Europe/London");
        JsonElement[] segments = json.GetProperty("segments").EnumerateArray().ToArray();
        CareSchedule schedule = Schedules.London;
        var expected = schedule.Timeline();
        segments.Should().HaveCount(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            ShouldMatch(segments[i], expected[i]);
        }

        JsonElement forGood = segments[^1];
        forGood.GetProperty("from").GetString().Should().Be(AdviceJsonAssertions.Utc(schedule.End!.Value));
        forGood.GetProperty("until").ValueKind.Should().Be(JsonValueKind.Null);
        Ids(forGood, "applies").Should().Equal(schedule.At(schedule.End!.Value).Applying.Select(i => i.RuleId));
        Ids(forGood, "suspended").Should().BeEmpty();
    }

    [Fact]
    public async Task Timeline_WorkedExample_ChangesAtDryPeriodEndAndHealingEnd()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        run.Json().GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("from").GetString(), s.GetProperty("until").GetString()))
            .Should().Equal(
                ("2026-11-20T10:00:00Z", "2026-11-25T00:00:00Z"),
                ("2026-11-25T00:00:00Z", "2026-12-19T00:00:00Z"),
                ("2026-12-19T00:00:00Z", null));
    }

    [Fact]
    public async Task Timeline_JsonRange_MatchesLibraryTimelineOfTheRange()
    {
        SmpCareRun run = (await SmpCare.RunAsync("timeline", "--zone", "Europe/London", "--session", "2026-11-20T10:00", "--session", "2026-12-01T10:00", "--from", "2026-11-28", "--to", "2026-12-08", "--format", "json")).ShouldSucceed();

        JsonElement[] segments = run.Json().GetProperty("segments").EnumerateArray().ToArray();
        var expected = Schedules.LondonTwoSessions.Timeline(Instant.FromUtc(2026, 11, 28, 0, 0), Instant.FromUtc(2026, 12, 9, 0, 0));
        segments.Should().HaveCount(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            ShouldMatch(segments[i], expected[i]);
        }
    }

    [Fact]
    public async Task Timeline_Text_ChartsEveryRuleDayByDay()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London])).ShouldSucceed();

        string[] lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        lines[0].Should().Be("Timeline 2026-11-20 to 2026-12-19 (Europe/London): course days 0 to 29");
        lines.Should().ContainInOrder(
            "course day                           0    5    10   15   20   25",
            "dry-period.keep-scalp-dry            █████·························",
            "dry-period.redness-and-itching       █████·························",
            "dry-period.loose-hat                 █████████████████████████████·",
            "hygiene.shampoo-and-condition        ░░░░░█████████████████████████",
            "hydration.moisturize                 ░░░░░█████████████████████████",
            "sweat-avoidance.no-sauna-or-steam    █████████████████████████████·",
            "sweat-avoidance.controlled-exercise  ░░░░░████████████████████████·",
            string.Empty,
            "█ applies at some time of the day   ░ suspended   · neither");
        lines.Should().ContainInOrder(
            "  2026-11-25 00:00 to 2026-12-19 00:00 (from course day 5)",
            "    applies:   dry-period.loose-hat, hygiene.shampoo-and-condition, hydration.moisturize, sweat-avoidance.no-sauna-or-steam, sweat-avoidance.controlled-exercise",
            "    suspended: -",
            "  2026-12-19 00:00 onwards, for good (from course day 29)");
    }

    [Fact]
    public async Task Timeline_TextSecondSession_ShowsTheDryPeriodAgain()
    {
        SmpCareRun run = (await SmpCare.RunAsync("timeline", "--zone", "Europe/London", "--session", "2026-11-20T10:00", "--session", "2026-12-01T10:00", "--from", "2026-11-28", "--to", "2026-12-08")).ShouldSucceed();

        run.Output.Should().Contain("dry-period.keep-scalp-dry            ···█████···\n");
        run.Output.Should().Contain("hygiene.shampoo-and-condition        ████░░░░███\n");
    }

    [Fact]
    public async Task Timeline_RangeLongerThanAYear_ListsSegmentsWithoutChart()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--from", "2026-01-01", "--to", "2027-12-31"])).ShouldSucceed();

        run.Output.Should().Contain("The chart shows at most 366 days; narrow the range with --from and --to to see it.");
        run.Output.Should().Contain("  2026-11-20 10:00 to 2026-11-25 00:00 (from course day 0)");
    }

    [Fact]
    public async Task Timeline_ReversedRange_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--from", "2026-12-01", "--to", "2026-11-20"]);

        run.ShouldFailWithBadInput("error: The range is reversed: --from 2026-12-01 is after --to 2026-11-20.");
    }

    [Fact]
    public async Task Timeline_MalformedDates_ExitsTwoWithAMessageEach()
    {
        SmpCareRun run = await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--from", "1 Dec", "--to", "2026-13-01"]);

        run.ShouldFailWithBadInput(
            "error: The --from date '1 Dec' is not a date in the form yyyy-MM-dd, such as 2026-11-22.",
            "error: The --to date '2026-13-01' is not a date in the form yyyy-MM-dd, such as 2026-11-22: there is no month 13.");
    }

    private static CareProtocol OneRule(CareWindow window, FactCondition? condition = null) => new CareProtocolBuilder("One rule")
        .Add(new CareRule
        {
            Id = "hygiene.wash",
            Family = CareFamily.Hygiene,
            Directive = CareDirective.Do,
            Window = window,
            Condition = condition,
            Text = "Wash.",
        })
        .Build();

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Timeline_NothingEverEnds_OneSegmentForGood(string format)
    {
        using var file = new ProtocolFile(CareProtocolJson.Serialize(OneRule(CareWindow.DaysFrom(0, WindowAnchor.FirstSession))));

        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--protocol", file.Path, "--format", format])).ShouldSucceed();

        if (format == "json")
        {
            JsonElement segment = run.Json().GetProperty("segments").EnumerateArray().Should().ContainSingle().Which;
            segment.GetProperty("from").GetString().Should().Be("2026-11-20T10:00:00Z");
            segment.GetProperty("until").ValueKind.Should().Be(JsonValueKind.Null);
            Ids(segment, "applies").Should().Equal("hygiene.wash");
        }
        else
        {
            run.Output.Should().Contain("2026-11-20 10:00 onwards, for good (from course day 0)").And.Contain("applies:   hygiene.wash");
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Timeline_NothingEverApplies_SaysSo(string format)
    {
        using var file = new ProtocolFile(CareProtocolJson.Serialize(OneRule(CareWindow.DaysFrom(0), FactCondition.Present("scabs"))));

        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--protocol", file.Path, "--format", format])).ShouldSucceed();

        if (format == "json")
        {
            JsonElement segment = run.Json().GetProperty("segments").EnumerateArray().Should().ContainSingle().Which;
            segment.GetProperty("until").ValueKind.Should().Be(JsonValueKind.Null);
            Ids(segment, "applies").Should().BeEmpty();
            Ids(segment, "suspended").Should().BeEmpty();
        }
        else
        {
            run.Output.Should().Contain("2026-11-20 10:00 onwards, for good (from course day 0)").And.Contain("applies:   -");
        }
    }

    [Fact]
    public async Task Timeline_FromWithoutTo_RunsOnToWhatStaysForGood()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["timeline", .. SmpCare.London, "--from", "2026-11-22", "--format", "json"])).ShouldSucceed();

        run.Json().GetProperty("segments").EnumerateArray()
            .Select(s => (s.GetProperty("from").GetString(), s.GetProperty("until").GetString()))
            .Should().Equal(
                ("2026-11-22T00:00:00Z", "2026-11-25T00:00:00Z"),
                ("2026-11-25T00:00:00Z", "2026-12-19T00:00:00Z"),
                ("2026-12-19T00:00:00Z", null));
    }

    [Fact]
    public async Task Timeline_TwoSessions_NoBreakAtABareHandover()
    {
        SmpCareRun run = (await SmpCare.RunAsync("timeline", "--zone", "Europe/London", "--session", "2026-11-20T10:00", "--session", "2026-12-01T10:00", "--format", "json")).ShouldSucceed();

        run.Json().GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("from").GetString()).Should().Equal(
            "2026-11-20T10:00:00Z", "2026-11-25T00:00:00Z", "2026-12-01T10:00:00Z", "2026-12-06T00:00:00Z", "2026-12-30T00:00:00Z");
    }

    private static void ShouldMatch(JsonElement json, CareAdvice segment)
    {
        json.EnumerateObject().Select(p => p.Name).Should().Equal("from", "until", "applies", "suspended");
        json.GetProperty("from").GetString().Should().Be(AdviceJsonAssertions.Utc(segment.Interval.Start));
        json.GetProperty("until").GetString().Should().Be(segment.Interval.HasEnd ? AdviceJsonAssertions.Utc(segment.Interval.End) : null);
        Ids(json, "applies").Should().Equal(segment.Applying.Select(i => i.RuleId));
        Ids(json, "suspended").Should().Equal(segment.Suspended.Select(i => i.RuleId));
    }

    private static IEnumerable<string?> Ids(JsonElement json, string name) =>
        json.GetProperty(name).EnumerateArray().Select(e => e.GetString());
}
