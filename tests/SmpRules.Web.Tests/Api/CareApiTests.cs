using System.Net.Http;
using System.Text.Json;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>Every endpoint of the API over HTTP, its answers checked field by field against the library's own.</summary>
public sealed class CareApiTests : IClassFixture<WebAppFactory>
{
    private readonly HttpClient _client;

    public CareApiTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(28)]
    [InlineData(29)]
    [InlineData(400)]
    public async Task Day_WorkedExample_MatchesLibrary(int day)
    {
        JsonElement json = await (await _client.GetAsync($"/api/day/{day}?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        json.ShouldMatch(Schedules.London, Schedules.London.OnCourseDay(day));
        JsonElement query = json.GetProperty("query");
        query.EnumerateObject().Select(p => p.Name).Should().Equal("kind", "day", "date");
        query.GetProperty("kind").GetString().Should().Be("day");
        query.GetProperty("day").GetInt32().Should().Be(day);
        query.GetProperty("date").GetString().Should().Be(new LocalDate(2026, 11, 20).PlusDays(day).ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public async Task Day_Two_GivesTheWorkedExampleAdvice()
    {
        JsonElement json = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        JsonElement[] advice = json.GetProperty("advice").EnumerateArray().ToArray();
        advice.Select(a => a.GetProperty("ruleId").GetString() + " " + a.GetProperty("status").GetString()).Should().Equal(
            "dry-period.keep-scalp-dry applies",
            "dry-period.redness-and-itching applies",
            "dry-period.loose-hat applies",
            "hygiene.shampoo-and-condition suspended",
            "hydration.moisturize suspended",
            "sweat-avoidance.no-sauna-or-steam applies",
            "sweat-avoidance.controlled-exercise suspended");
        advice[3].GetProperty("suspendedBy").GetString().Should().Be("dry-period.keep-scalp-dry");
        advice[3].GetProperty("until").GetString().Should().Be("2026-11-25T00:00:00Z");
    }

    [Fact]
    public async Task On_DateAfterSecondSession_NamesSessionTwoDayTwo()
    {
        JsonElement json = await (await _client.GetAsync($"/api/on/2026-12-03?{Schedules.LondonTwoSessionsQuery}")).ShouldBeJsonAsync();

        json.ShouldMatch(Schedules.LondonTwoSessions, Schedules.LondonTwoSessions.On(new LocalDate(2026, 12, 3)));
        json.GetProperty("query").GetRawText().Should().Be("""{"kind":"on","date":"2026-12-03"}""");
        JsonElement dry = json.GetProperty("advice")[0];
        dry.GetProperty("session").GetInt32().Should().Be(2);
        dry.GetProperty("sessionDay").GetInt32().Should().Be(2);
    }

    [Theory]
    [InlineData("2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z")]
    [InlineData("2026-11-22T11:00+01:00", "2026-11-22T10:00:00Z")]
    [InlineData("2026-11-22T10:00", "2026-11-22T10:00:00Z")]
    [InlineData("2026-11-24T23:59:59.5", "2026-11-24T23:59:59.5Z")]
    [InlineData("2026-11-25T00:00", "2026-11-25T00:00:00Z")]
    [InlineData("2026-12-19T00:00", "2026-12-19T00:00:00Z")]
    [InlineData("2026-11-20T09:59", "2026-11-20T09:59:00Z")]
    public async Task At_Instant_MatchesLibrary(string given, string utc)
    {
        JsonElement json = await (await _client.GetAsync($"/api/at/{given}?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        Instant instant = NodaTime.Text.InstantPattern.ExtendedIso.Parse(utc).Value;
        json.ShouldMatch(Schedules.London, Schedules.London.At(instant));
        json.GetProperty("query").GetRawText().Should().Be($$"""{"kind":"at","instant":"{{utc}}"}""");
    }

    [Fact]
    public async Task At_AmbiguousLocalTime_MeansTheEarlierInstant()
    {
        JsonElement json = await (await _client.GetAsync($"/api/at/2026-10-25T01:30?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        json.GetProperty("query").GetProperty("instant").GetString().Should().Be("2026-10-25T00:30:00Z");
    }

    [Fact]
    public async Task Now_ReadsTheClockFromDependencyInjection()
    {
        JsonElement json = await (await _client.GetAsync($"/api/now?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        json.ShouldMatch(Schedules.London, Schedules.London.At(WebAppFactory.Now));
        json.GetProperty("query").GetRawText().Should().Be("""{"kind":"now","instant":"2026-11-22T12:00:00Z"}""");
    }

    [Fact]
    public async Task Timeline_WholeCourse_MatchesLibraryAndEndsWithWhatStaysForGood()
    {
        JsonElement json = await (await _client.GetAsync($"/api/timeline?{Schedules.LondonTwoSessionsQuery}")).ShouldBeJsonAsync();

        CareSchedule schedule = Schedules.LondonTwoSessions;
        json.EnumerateObject().Select(p => p.Name).Should().Equal("zone", "segments");
        json.GetProperty("zone").GetString().Should().Be("Europe/London");
        JsonElement[] segments = json.GetProperty("segments").EnumerateArray().ToArray();
        CareAdvice[] expected = schedule.Timeline().ToArray();
        segments.Should().HaveCount(expected.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            segments[i].ShouldMatch(expected[i].Interval.Start, expected[i].Interval.HasEnd ? expected[i].Interval.End : null, expected[i].Applying, expected[i].Suspended);
        }

        CareAdvice forGood = schedule.At(schedule.End!.Value);
        segments[^1].ShouldMatch(schedule.End!.Value, null, forGood.Applying, forGood.Suspended);
        segments[^1].GetProperty("applies").EnumerateArray().Select(e => e.GetString()).Should().Equal("hygiene.shampoo-and-condition", "hydration.moisturize");
    }

    [Fact]
    public async Task Timeline_Range_CutsSegmentsToLocalDays()
    {
        JsonElement json = await (await _client.GetAsync($"/api/timeline?{Schedules.LondonQuery}&from=2026-11-22&to=2026-11-26")).ShouldBeJsonAsync();

        Instant from = Instant.FromUtc(2026, 11, 22, 0, 0);
        Instant to = Instant.FromUtc(2026, 11, 27, 0, 0);
        CareAdvice[] expected = Schedules.London.Timeline(from, to).ToArray();
        JsonElement[] segments = json.GetProperty("segments").EnumerateArray().ToArray();
        segments.Should().HaveCount(expected.Length).And.HaveCount(2);
        for (int i = 0; i < expected.Length; i++)
        {
            segments[i].ShouldMatch(expected[i].Interval.Start, expected[i].Interval.End, expected[i].Applying, expected[i].Suspended);
        }
    }

    [Fact]
    public async Task Protocols_ListsRegisteredNamesAndTheDefault()
    {
        JsonElement json = await (await _client.GetAsync("/api/protocols")).ShouldBeJsonAsync();

        json.GetRawText().Should().Be("""{"default":"standard","names":["clinic","standard"]}""");
    }

    [Fact]
    public async Task Day_ProtocolNamed_UsesThatProtocol()
    {
        JsonElement json = await (await _client.GetAsync($"/api/day/5?{Schedules.LondonQuery}&protocol=CLINIC")).ShouldBeJsonAsync();

        CareSchedule clinic = WebAppFactory.Clinic.Apply(Schedules.London.Plan);
        json.ShouldMatch(clinic, clinic.OnCourseDay(5));
        json.GetProperty("advice")[0].GetProperty("ruleId").GetString().Should().Be("dry-period.keep-scalp-dry");
        json.GetProperty("advice")[0].GetProperty("status").GetString().Should().Be("applies");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-MX")]
    [InlineData("en-GB")]
    public async Task Day_Culture_GivesTextsInThatLanguage(string culture)
    {
        JsonElement json = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}&culture={culture}")).ShouldBeJsonAsync();

        json.ShouldMatch(Schedules.London, Schedules.London.OnCourseDay(2), culture);
    }

    [Fact]
    public async Task Day_FactsAndSpacesAroundValues_AreRead()
    {
        JsonElement json = await (await _client.GetAsync("/api/day/2?zone=%20Europe/London%20&session=%202026-11-20T10:00%20&fact=skin-type%3Dvery-fair&fact=scabs=yes")).ShouldBeJsonAsync();

        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(
            Schedules.London.Zone, [new LocalDateTime(2026, 11, 20, 10, 0)], ClientFacts.Empty.With("skin-type", "very-fair").With("scabs", "yes")));
        json.ShouldMatch(schedule, schedule.OnCourseDay(2));
    }

    [Fact]
    public async Task Day_NewYorkAcrossDaylightSaving_MatchesLibrary()
    {
        JsonElement json = await (await _client.GetAsync("/api/day/3?zone=America/New_York&session=2026-10-30T18:00&session=2026-03-07T09:30")).ShouldBeJsonAsync();

        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(
            "America/New_York", new LocalDateTime(2026, 10, 30, 18, 0), new LocalDateTime(2026, 3, 7, 9, 30)));
        json.ShouldMatch(schedule, schedule.OnCourseDay(3));
    }
}
