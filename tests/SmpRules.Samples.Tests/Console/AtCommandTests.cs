using System.Text.Json;
using System.Threading.Tasks;
using NodaTime.Text;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class AtCommandTests
{
    [Theory]
    [InlineData("2026-11-20T09:59:59Z", "2026-11-20T09:59:59Z")]
    [InlineData("2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z")]
    [InlineData("2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z")]
    [InlineData("2026-11-25T01:00+01:00", "2026-11-25T00:00:00Z")]
    [InlineData("2026-11-24T23:59:59.5Z", "2026-11-24T23:59:59.5Z")]
    [InlineData("2026-11-22T10:00", "2026-11-22T10:00:00Z")]
    [InlineData("2027-07-01T10:00", "2027-07-01T09:00:00Z")]
    [InlineData("2026-10-25T01:30", "2026-10-25T00:30:00Z")]
    public async Task At_Json_ResolvesTheInstantAndMatchesLibraryAdvice(string given, string utc)
    {
        SmpCareRun run = (await SmpCare.RunAsync(["at", given, .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        JsonElement json = run.Json();
        JsonElement query = json.GetProperty("query");
        query.EnumerateObject().Select(p => p.Name).Should().Equal("kind", "instant");
        query.GetProperty("kind").GetString().Should().Be("at");
        query.GetProperty("instant").GetString().Should().Be(utc);
        json.ShouldMatch(Schedules.London, Schedules.London.At(InstantPattern.ExtendedIso.Parse(utc).Value));
    }

    [Fact]
    public async Task At_Text_HeadsWithLocalTimeAndUtc()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["at", "2026-11-25T00:00:00Z", .. SmpCare.London])).ShouldSucceed();

        run.Output.Split('\n')[0].Should().Be("At 2026-11-25 00:00 in Europe/London (2026-11-25T00:00:00Z): course day 5, Wednesday, November 25, 2026");
        run.Output.Should().Contain("hygiene.shampoo-and-condition · session 1, day 5 · for good");
    }

    [Fact]
    public async Task At_BeforeTheFirstSession_SaysNothingApplies()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["at", "2026-11-20T09:00:00Z", .. SmpCare.London])).ShouldSucceed();

        run.Output.Should().Contain("Nothing applies at this instant.");
    }

    [Fact]
    public async Task At_LocalTimeInTheSpringGap_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["at", "2027-03-28T01:30", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The instant '2027-03-28T01:30' does not exist in Europe/London: the clocks go forward over it; give a time outside the gap or one with an offset.");
    }

    [Fact]
    public async Task At_InstantBeyondTheRangeOfTime_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["at", "9999-12-31T23:59-18:00", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The instant '9999-12-31T23:59-18:00' lies beyond the range of time supported; give one between the UTC years -9998 and 9999.");
    }

    [Fact]
    public async Task At_MalformedInstant_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["at", "tomorrow", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The instant 'tomorrow' is not a date and time such as 2026-11-22T10:00:00Z (UTC), 2026-11-22T11:00+01:00 (with an offset) or 2026-11-22T10:00 (local to the plan's zone).");
    }
}
