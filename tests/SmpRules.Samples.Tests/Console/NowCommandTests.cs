using System.Text.Json;
using System.Threading.Tasks;
using NodaTime.Text;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Console;

public class NowCommandTests
{
    [Fact]
    public async Task Now_Json_ReadsTheClockAndMatchesLibraryAdviceAtThatInstant()
    {
        Instant before = SystemClock.Instance.GetCurrentInstant();
        SmpCareRun run = (await SmpCare.RunAsync(["now", .. SmpCare.London, "--format", "json"])).ShouldSucceed();
        Instant after = SystemClock.Instance.GetCurrentInstant();

        JsonElement json = run.Json();
        JsonElement query = json.GetProperty("query");
        query.GetProperty("kind").GetString().Should().Be("now");
        Instant now = InstantPattern.ExtendedIso.Parse(query.GetProperty("instant").GetString()!).Value;
        now.Should().BeInRange(before, after);
        json.ShouldMatch(Schedules.London, Schedules.London.At(now));
    }

    [Fact]
    public async Task Now_Text_HeadsWithNow()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["now", .. SmpCare.London])).ShouldSucceed();

        run.Output.Should().StartWith("Now ");
        run.Output.Should().Contain("in Europe/London (");
    }

    [Fact]
    public async Task Now_NoZone_UsesTheSystemTimeZone()
    {
        SmpCareRun run = (await SmpCare.RunAsync(["now", "--session", "2026-11-20T10:00", "--format", "json"], new Dictionary<string, string> { ["TZ"] = "America/New_York" })).ShouldSucceed();

        run.Json().GetProperty("zone").GetString().Should().Be("America/New_York");
    }
}
