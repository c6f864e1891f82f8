using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>Entity tags and Cache-Control on answers that depend only on the query, HEAD, and the health endpoint.</summary>
public sealed class CachingAndHealthTests : IClassFixture<WebAppFactory>
{
    private readonly HttpClient _client;

    public CachingAndHealthTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData("/api/day/2?" + Schedules.LondonQuery)]
    [InlineData("/api/on/2026-12-03?" + Schedules.LondonTwoSessionsQuery)]
    [InlineData("/api/at/2026-11-22T10:00:00Z?" + Schedules.LondonQuery)]
    [InlineData("/api/timeline?" + Schedules.LondonTwoSessionsQuery)]
    [InlineData("/api/protocols")]
    [InlineData("/api/protocols/standard/rules?culture=es")]
    public async Task QueryAnswers_HaveAnETag_AndAreRevalidatedWithA304(string url)
    {
        HttpResponseMessage first = await _client.GetAsync(url);
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        EntityTagHeaderValue etag = first.Headers.ETag!;
        etag.Should().NotBeNull();
        etag.IsWeak.Should().BeFalse();
        etag.Tag.Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        first.Headers.CacheControl!.NoCache.Should().BeTrue();

        // The same question again gives the same tag; with it in If-None-Match, a 304 without a body.
        HttpResponseMessage again = await _client.GetAsync(url);
        again.Headers.ETag.Should().Be(etag);
        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        HttpResponseMessage notModified = await _client.SendAsync(conditional);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        notModified.Headers.ETag.Should().Be(etag);

        // Another tag gets the whole answer.
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef0123456789abcdef\""));
        (await _client.SendAsync(stale)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DifferentQuestions_HaveDifferentTags()
    {
        var tags = new List<string>();
        foreach (string url in new[] { "/api/day/2?" + Schedules.LondonQuery, "/api/day/3?" + Schedules.LondonQuery, "/api/day/2?" + Schedules.LondonQuery + "&culture=es", "/api/day/2?" + Schedules.LondonTwoSessionsQuery })
        {
            tags.Add((await _client.GetAsync(url)).Headers.ETag!.Tag);
        }

        tags.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task APlanAskedBefore_IsAnsweredAsTheFirstTime_AndItsOtherParametersAreStillChecked()
    {
        // The second question on one plan reads the schedule kept from the first; the answers must not tell them apart,
        // and a bad culture or day beside a kept plan is still a 400 that says so.
        const string plan = "zone=Asia/Kathmandu&session=2026-05-04T16:45&session=2026-05-18T09:15";
        string first = await (await _client.GetAsync($"/api/on/2026-05-20?{plan}")).Content.ReadAsStringAsync();
        string second = await (await _client.GetAsync($"/api/on/2026-05-20?{plan}")).Content.ReadAsStringAsync();
        second.Should().Be(first);
        SmpRules.Scheduling.CareSchedule schedule = SmpRules.Protocols.StandardProtocol.Instance.Apply(
            SmpRules.Plans.CarePlan.Create("Asia/Kathmandu", new LocalDateTime(2026, 5, 4, 16, 45), new LocalDateTime(2026, 5, 18, 9, 15)));
        JsonDocument.Parse(second).RootElement.ShouldMatch(schedule, schedule.On(new LocalDate(2026, 5, 20)));

        HttpResponseMessage badCulture = await _client.GetAsync($"/api/on/2026-05-20?{plan}&culture=xx-nowhere");
        badCulture.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await badCulture.Content.ReadAsStringAsync()).Should().Contain("\"parameter\":\"culture\"");
        (await _client.GetAsync($"/api/day/soon?{plan}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AQueryAskedBefore_IsAnsweredAsTheFirstTime_OnEveryEndpoint_AndNothingElseIsTakenOnFromIt()
    {
        // A query text read before without problems is not parsed again: the same text on another endpoint must give
        // that endpoint's own answer (a local instant read in the plan's zone), and a parameter an endpoint does not
        // take is still refused, before and after, as are the other endpoints' own parameters.
        const string plan = "zone=America/Sao_Paulo&session=2026-02-14T11:00&culture=es";
        string day = await (await _client.GetAsync($"/api/day/2?{plan}")).Content.ReadAsStringAsync();
        string dayAgain = await (await _client.GetAsync($"/api/day/2?{plan}")).Content.ReadAsStringAsync();
        dayAgain.Should().Be(day);
        SmpRules.Scheduling.CareSchedule schedule = SmpRules.Protocols.StandardProtocol.Instance.Apply(
            SmpRules.Plans.CarePlan.Create("America/Sao_Paulo", new LocalDateTime(2026, 2, 14, 11, 0)));
        JsonDocument.Parse(dayAgain).RootElement.ShouldMatch(schedule, schedule.OnCourseDay(2), "es");

        string at = await (await _client.GetAsync($"/api/at/2026-02-20T09:00?{plan}")).Content.ReadAsStringAsync();
        JsonDocument.Parse(at).RootElement.ShouldMatch(schedule, schedule.At(new LocalDateTime(2026, 2, 20, 9, 0).InZoneStrictly(schedule.Zone).ToInstant()), "es");

        foreach (string url in new[] { $"/api/day/2?{plan}&bogus=1", $"/api/day/2?{plan}&from=2026-02-14", $"/api/day/2?bogus=1&{plan}" })
        {
            HttpResponseMessage refused = await _client.GetAsync(url);
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, url);
        }

        // The timeline takes from and to; with them, its query text is its own and is read in full.
        HttpResponseMessage timeline = await _client.GetAsync($"/api/timeline?{plan}&from=2026-02-14&to=2026-02-16");
        timeline.StatusCode.Should().Be(HttpStatusCode.OK);
        HttpResponseMessage reversed = await _client.GetAsync($"/api/timeline?{plan}&from=2026-02-16&to=2026-02-14");
        reversed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await _client.GetAsync($"/api/day/2?{plan}&from=2026-02-14&to=2026-02-16")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Now_IsNeverStored_AndHasNoTag()
    {
        HttpResponseMessage response = await _client.GetAsync("/api/now?" + Schedules.LondonQuery);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.ETag.Should().BeNull();
    }

    [Theory]
    [InlineData("/api/day/2?" + Schedules.LondonQuery)]
    [InlineData("/api/now?" + Schedules.LondonQuery)]
    [InlineData("/api/timeline?" + Schedules.LondonQuery)]
    [InlineData("/api/protocols")]
    [InlineData("/health")]
    [InlineData("/")]
    public async Task Head_GivesTheHeadersOfGet_WithoutTheBody(string url)
    {
        HttpResponseMessage get = await _client.GetAsync(url);
        byte[] body = await get.Content.ReadAsByteArrayAsync();

        HttpResponseMessage head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        head.StatusCode.Should().Be(get.StatusCode);
        (await head.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        head.Content.Headers.ContentType!.MediaType.Should().Be(get.Content.Headers.ContentType!.MediaType);
        head.Headers.ETag.Should().Be(get.Headers.ETag);
        if (head.Content.Headers.ContentLength is { } length)
        {
            length.Should().Be(body.Length);
        }
    }

    [Fact]
    public async Task Head_BadInput_IsA400()
    {
        HttpResponseMessage head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/day/soon?" + Schedules.LondonQuery));

        head.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_IsHealthy_AndNeverStored()
    {
        HttpResponseMessage response = await _client.GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        JsonElement json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("status").GetString().Should().Be("Healthy");
    }

    [Fact]
    public async Task ProtocolRules_ListTheRulesInOrder_WithTextsInTheCultureAsked()
    {
        JsonElement json = await (await _client.GetAsync("/api/protocols/Standard/rules?culture=es")).ShouldBeJsonAsync();

        json.GetProperty("name").GetString().Should().Be("standard");
        json.GetProperty("culture").GetString().Should().Be("es");
        JsonElement[] rules = json.GetProperty("rules").EnumerateArray().ToArray();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(SmpRules.Protocols.StandardProtocol.Instance.Rules.Select(r => r.Id));
        foreach ((JsonElement rule, SmpRules.Rules.CareRule expected) in rules.Zip(SmpRules.Protocols.StandardProtocol.Instance.Rules))
        {
            rule.GetProperty("family").GetString().Should().Be(expected.Family.Name);
            rule.GetProperty("directive").GetString().Should().Be(expected.Directive.ToString().ToLowerInvariant());
            rule.GetProperty("text").GetString().Should().Be(expected.Text.Resolve("es")).And.NotBe(expected.Text.Resolve("en"));
        }
    }

    [Fact]
    public async Task ProtocolRules_UnknownProtocol_IsA404ThatNamesTheRegisteredOnes()
    {
        JsonElement problem = await (await _client.GetAsync("/api/protocols/evoke/rules")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "The protocol is not registered.");

        problem.ShouldHaveErrors(("name", "The protocol 'evoke' is not registered; the registered names are 'clinic', 'standard'."));
    }

    [Fact]
    public async Task ProtocolRules_UnknownParameter_IsA400()
    {
        JsonElement problem = await (await _client.GetAsync("/api/protocols/standard/rules?lang=es")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");

        problem.ShouldHaveErrors(("lang", "The query parameter 'lang' is not known; use culture."));
    }
}
