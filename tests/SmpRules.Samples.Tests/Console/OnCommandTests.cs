using System.Text.Json;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class OnCommandTests
{
    [Theory]
    [InlineData("2026-11-19")]
    [InlineData("2026-11-20")]
    [InlineData("2026-11-24")]
    [InlineData("2026-11-25")]
    [InlineData("2026-12-18")]
    [InlineData("2026-12-19")]
    public async Task On_Json_MatchesLibraryAdviceFieldByField(string date)
    {
        SmpCareRun run = (await SmpCare.RunAsync(["on", date, .. SmpCare.London, "--format", "json"])).ShouldSucceed();

        JsonElement json = run.Json();
        JsonElement query = json.GetProperty("query");
        query.EnumerateObject().Select(p => p.Name).Should().Equal("kind", "date");
        query.GetProperty("kind").GetString().Should().Be("on");
        query.GetProperty("date").GetString().Should().Be(date);
        json.ShouldMatch(Schedules.London, Schedules.London.On(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));
    }

    [Fact]
    public async Task On_SecondSessionDate_ListsEachStretchThatTouchesTheDate()
    {
        SmpCareRun run = (await SmpCare.RunAsync("on", "2026-12-01", "--zone", "Europe/London", "--session", "2026-11-20T10:00", "--session", "2026-12-01T10:00", "--format", "json")).ShouldSucceed();

        JsonElement json = run.Json();
        json.ShouldMatch(Schedules.LondonTwoSessions, Schedules.LondonTwoSessions.On(new LocalDate(2026, 12, 1)));
        json.GetProperty("advice").EnumerateArray()
            .Where(a => a.GetProperty("ruleId").GetString() == "hygiene.shampoo-and-condition")
            .Select(a => a.GetProperty("status").GetString())
            .Should().Equal("applies", "suspended");
    }

    [Fact]
    public async Task On_SessionDate_TextShowsThePartOfTheDay()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["on", "2026-11-20", .. SmpCare.London])).ShouldSucceed();

        run.Output.Should().Contain("dry-period.keep-scalp-dry · session 1, day 0 · this day from 10:00 · until 2026-11-25 00:00");
    }

    [Fact]
    public async Task On_MalformedDate_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["on", "22/11/2026", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The date '22/11/2026' is not a date in the form yyyy-MM-dd, such as 2026-11-22.");
    }

    [Fact]
    public async Task On_DateTooFarFromTheCourse_ExitsTwoWithMessage()
    {
        SmpCareRun run = await SmpCare.RunAsync(["on", "9999-01-01", .. SmpCare.London]);

        run.ShouldFailWithBadInput("error: The date 9999-01-01 is too far from the first session; give a date within 36524 days of 2026-11-20.");
    }
}
