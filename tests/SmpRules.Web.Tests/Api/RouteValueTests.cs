using System.Net;
using System.Net.Http;
using System.Text.Json;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>Every problem of an endpoint's own values (the day, the date, the instant, the range): a 400 problem details answer.</summary>
public sealed class RouteValueTests : IClassFixture<WebAppFactory>
{
    private const string Title = "The request's input is invalid.";
    private readonly HttpClient _client;

    public RouteValueTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("two", "The course day 'two' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).")]
    [InlineData("2.5", "The course day '2.5' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).")]
    [InlineData("99999999999", "The course day '99999999999' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it).")]
    [InlineData("36525", "The course day 36525 is too far from the first session; give a day between -36524 and 36524.")]
    [InlineData("-36525", "The course day -36525 is too far from the first session; give a day between -36524 and 36524.")]
    public async Task Day_BadDay_SaysWhatIsExpected(string day, string message)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/{day}?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("n", message));
    }

    [Fact]
    public async Task Day_Extremes_AreAnswered()
    {
        JsonElement last = await (await _client.GetAsync($"/api/day/36524?{Schedules.LondonQuery}")).ShouldBeJsonAsync();
        JsonElement first = await (await _client.GetAsync($"/api/day/-36524?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        last.GetProperty("courseDay").GetInt32().Should().Be(36524);
        first.GetProperty("courseDay").GetInt32().Should().Be(-36524);
    }

    [Theory]
    [InlineData("2026-02-30", ": 2026-02 has 28 days")]
    [InlineData("2028-02-30", ": 2028-02 has 29 days")]
    [InlineData("22-11-2026", "")]
    [InlineData("yesterday", "")]
    public async Task On_MalformedDate_SaysTheForm(string date, string why)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/on/{date}?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("date", $"The date '{date}' is not a date in the form yyyy-MM-dd, such as 2026-11-22{why}."));
    }

    [Fact]
    public async Task On_DateTooFar_SaysTheRange()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/on/9999-12-31?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("date", "The date 9999-12-31 is too far from the first session; give one within 36524 days of 2026-11-20."));
    }

    [Theory]
    [InlineData("now")]
    [InlineData("2026-11-22 10:00")]
    [InlineData("2026-11-22T10:00+25:00")]
    public async Task At_MalformedInstant_SaysTheForms(string instant)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/at/{Uri.EscapeDataString(instant)}?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("instant", $"The instant '{instant}' is not a date and time such as 2026-11-22T10:00:00Z (UTC), 2026-11-22T11:00+01:00 (with an offset) or 2026-11-22T10:00 (local to the plan's zone)."));
    }

    [Fact]
    public async Task At_LocalInstantInGap_SaysTheClocksGoForward()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/at/2027-03-28T01:30?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("instant", "The instant '2027-03-28T01:30' does not exist in Europe/London: the clocks go forward over it; give a time outside the gap or one with an offset."));
    }

    [Theory]
    [InlineData("9999-12-31T18:00-06:00")]
    [InlineData("9999-12-31T23:59:59.999-18:00")]
    [InlineData("-9998-01-01T00:00+01:00")]
    [InlineData("-9998-01-01T05:59:59+18:00")]
    public async Task At_OffsetInstantBeyondTheRangeOfTime_IsA400ThatSaysSo(string instant)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/at/{Uri.EscapeDataString(instant)}?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("instant", $"The instant '{instant}' lies beyond the range of time supported; give one between the UTC years -9998 and 9999."));
    }

    [Theory]
    [InlineData("9999-12-31T23:00Z")]
    [InlineData("9999-12-31T12:00:00+00:00")]
    public async Task At_InstantWithNoDateInThePlansZone_IsA400ThatSaysSo(string instant)
    {
        // 14 hours ahead of UTC, these instants fall on 1 January 10000, a date that does not exist.
        JsonElement problem = await (await _client.GetAsync($"/api/at/{Uri.EscapeDataString(instant)}?zone=Etc/GMT-14&session=2026-11-20T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("instant", $"The instant '{instant}' lies too close to the ends of time to have a date in Etc/GMT-14; give one between the years -9998 and 9999."));
    }

    [Fact]
    public async Task At_InstantTooFar_SaysTheRange()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/at/9999-12-31T23:59:59Z?{Schedules.LondonQuery}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("instant", "The instant 9999-12-31 is too far from the first session; give one within 36524 days of 2026-11-20."));
    }

    [Fact]
    public async Task Timeline_ReversedRange_SaysSo()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/timeline?{Schedules.LondonQuery}&from=2026-12-01&to=2026-11-25")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("from", "The range is reversed: from 2026-12-01 is after to 2026-11-25."));
    }

    [Fact]
    public async Task Timeline_MalformedAndFarDates_AreEachReported()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/timeline?{Schedules.LondonQuery}&from=2026-13-01&to=3000-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(
            ("from", "The from '2026-13-01' is not a date in the form yyyy-MM-dd, such as 2026-11-22: there is no month 13."),
            ("to", "The to 3000-01-01 is too far from the first session; give one within 36524 days of 2026-11-20."));
    }

    [Fact]
    public async Task Timeline_FromGivenTwice_SaysGiveItOnce()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/timeline?{Schedules.LondonQuery}&from=2026-11-20&from=2026-11-21")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("from", "The from parameter is given 2 times; give it once."));
    }

    [Fact]
    public async Task Protocols_AnyParameter_IsRejected()
    {
        JsonElement problem = await (await _client.GetAsync("/api/protocols?zone=Europe/London")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("zone", "The query parameter 'zone' is not known; this endpoint takes no parameters."));
    }
}
