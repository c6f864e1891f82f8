using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Input;

/// <summary>Every problem of the plan's query parameters: a 400 problem details answer that says what is wrong and where.</summary>
public sealed class PlanInputTests : IClassFixture<WebAppFactory>
{
    private const string Title = "The request's input is invalid.";
    private readonly HttpClient _client;

    public PlanInputTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("/api/day/2")]
    [InlineData("/api/on/2026-11-22")]
    [InlineData("/api/at/2026-11-22T10:00:00Z")]
    [InlineData("/api/now")]
    [InlineData("/api/timeline")]
    public async Task Read_UnknownZone_IsABadRequestOnEveryEndpoint(string path)
    {
        JsonElement problem = await (await _client.GetAsync($"{path}?zone=Mars/Olympus&session=2026-11-20T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("zone", "The time zone 'Mars/Olympus' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'."));
        problem.GetProperty("type").GetString().Should().Be("https://tools.ietf.org/html/rfc9110#section-15.5.1");
    }

    [Fact]
    public async Task Read_NoZone_SaysAZoneIsNeeded()
    {
        JsonElement problem = await (await _client.GetAsync("/api/day/2?session=2026-11-20T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("zone", "A zone is needed: give the plan's IANA time zone, such as zone=Europe/London."));
    }

    [Fact]
    public async Task Read_ZoneTwice_SaysGiveItOnce()
    {
        JsonElement problem = await (await _client.GetAsync("/api/day/2?zone=Europe/London&zone=Europe/Paris&session=2026-11-20T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("zone", "The zone parameter is given 2 times; give it once."));
    }

    [Fact]
    public async Task Read_NoSession_SaysASessionIsNeeded()
    {
        JsonElement problem = await (await _client.GetAsync("/api/day/2?zone=Europe/London")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("session", "A session is needed: give at least one session parameter with the local date and time of a treatment session, such as session=2026-11-20T10:00."));
    }

    [Theory]
    [InlineData("tomorrow", "")]
    [InlineData("2026-11-20", "")]
    [InlineData("2026-11-20T25:00", "")]
    [InlineData("2026-02-30T10:00", ": 2026-02 has 28 days")]
    [InlineData("2026-00-10T10:00", ": there is no month 0")]
    [InlineData("", "")]
    public async Task Read_MalformedSession_SaysTheForm(string session, string why)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/2?zone=Europe/London&session=2026-11-01T10:00&session={session}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("session", $"The session '{session}' (position 2) is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00{why}."));
    }

    [Fact]
    public async Task Read_SessionInDaylightSavingGap_SaysTheClocksGoForward()
    {
        JsonElement problem = await (await _client.GetAsync("/api/day/2?zone=Europe/London&session=2026-03-29T01:30")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("session", "The session at 2026-03-29T01:30 (position 1) does not exist in Europe/London: the clocks go forward from 01:00 to 02:00 on 2026-03-29."));
    }

    [Fact]
    public async Task Read_TwoSessionsAtOneInstant_IsRejected()
    {
        JsonElement problem = await (await _client.GetAsync("/api/day/2?zone=Europe/London&session=2026-11-20T10:00&session=2026-12-01T10:00&session=2026-11-20T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("session", "The sessions at positions 1 and 3 fall on the same instant, 2026-11-20T10:00:00Z; a plan cannot have two sessions at one instant."));
    }

    [Theory]
    [InlineData("1899-12-31T23:59")]
    [InlineData("2200-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    public async Task Read_SessionOutOfRange_GivesTheYears(string session)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/2?zone=Pacific/Kiritimati&session={session}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("session", $"The session '{session}' (position 1) is out of range: give a session between the years 1900 and 2199."));
    }

    [Fact]
    public async Task Read_ThousandsOfSessions_AreRejectedWithoutReadingThem()
    {
        string sessions = string.Concat(Enumerable.Range(0, 5000).Select(i => $"&session=2026-01-01T{i % 24:00}:{i % 60:00}"));
        string query = $"?zone=Europe/London{sessions}";

        JsonElement problem = await (await _client.GetAsync($"/api/day/2{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("query", $"The query string is {query.Length} characters long; send at most 8192."));
    }

    [Fact]
    public async Task Read_MoreSessionsThanAPlanMayHave_SaysTheLimit()
    {
        string sessions = string.Concat(Enumerable.Range(0, 101).Select(i => $"&session=2026-01-01T10:00"));

        JsonElement problem = await (await _client.GetAsync($"/api/day/2?zone=UTC{sessions}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("session", "There are 101 sessions; a plan may have at most 100."));
    }

    [Fact]
    public async Task Read_MoreFactsThanAllowed_SaysTheLimit()
    {
        string facts = string.Concat(Enumerable.Range(0, 51).Select(i => $"&fact=k{i}=v"));

        JsonElement problem = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}{facts}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("fact", "There are 51 facts; give at most 50."));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("=v")]
    [InlineData("k=")]
    public async Task Read_MalformedFact_SaysTheForm(string fact)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}&fact={Uri.EscapeDataString(fact)}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("fact", $"The fact '{fact}' is not in the form key=value, such as skin-type=very-fair."));
    }

    [Theory]
    [InlineData("zz-QQ")]
    [InlineData("klingon")]
    public async Task Read_UnknownCulture_SaysWhichToUse(string culture)
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}&culture={culture}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("culture", $"The culture '{culture}' is not a culture name .NET knows; use one such as en, es or es-MX."));
    }

    [Fact]
    public async Task Read_UnknownProtocol_ListsTheRegisteredNames()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}&protocol=evoke")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("protocol", "The protocol 'evoke' is not registered; the registered names are 'clinic', 'standard'."));
    }

    [Fact]
    public async Task Read_UnknownParameter_NamesTheKnownOnes()
    {
        JsonElement problem = await (await _client.GetAsync($"/api/day/2?{Schedules.LondonQuery}&sessions=2026-12-01T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("sessions", "The query parameter 'sessions' is not known; use zone, session, fact, culture, protocol."));
    }

    [Fact]
    public async Task Read_LongHostileValue_IsQuotedCutShort()
    {
        string zone = new('x', 2000);

        JsonElement problem = await (await _client.GetAsync($"/api/day/2?zone={zone}&session=2026-11-20T10:00")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(("zone", $"The time zone '{new string('x', 40)}…' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'."));
    }

    [Fact]
    public async Task Read_EveryProblemAtOnce_ListsThemAllInOrder()
    {
        JsonElement problem = await (await _client.GetAsync("/api/day/x?zone=Mars&session=bad&fact=x&culture=zz-QQ&protocol=nope&foo=1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);

        problem.ShouldHaveErrors(
            ("foo", "The query parameter 'foo' is not known; use zone, session, fact, culture, protocol."),
            ("n", "The course day 'x' is not a whole number, such as 2 (day 0 is the first session's date; negative days lie before it)."),
            ("zone", "The time zone 'Mars' is not a known IANA time zone id; use one such as 'Europe/London' or 'America/New_York'."),
            ("session", "The session 'bad' (position 1) is not a local date and time in the form yyyy-MM-ddTHH:mm, such as 2026-11-20T10:00."),
            ("fact", "The fact 'x' is not in the form key=value, such as skin-type=very-fair."),
            ("culture", "The culture 'zz-QQ' is not a culture name .NET knows; use one such as en, es or es-MX."),
            ("protocol", "The protocol 'nope' is not registered; the registered names are 'clinic', 'standard'."));
    }

    [Fact]
    public async Task Read_GarbageQueryBytes_IsABadRequestNotAnError()
    {
        var garbage = new StringBuilder();
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            garbage.Append('%').Append(random.Next(256).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        HttpResponseMessage response = await _client.GetAsync($"/api/day/2?zone={garbage}&session={garbage}&{garbage}={garbage}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, Title);
    }
}
