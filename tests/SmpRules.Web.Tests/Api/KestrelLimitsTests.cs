using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>Hostile requests over a real Kestrel port, where the server's own limits apply as well as the app's.</summary>
public sealed class KestrelLimitsTests : IClassFixture<KestrelFixture>
{
    private readonly HttpClient _client;

    public KestrelLimitsTests(KestrelFixture fixture)
    {
        _client = new HttpClient { BaseAddress = fixture.Address };
    }

    [Fact]
    public async Task Get_WorkedExample_IsAnsweredOverTheNetwork()
    {
        JsonElement json = await (await _client.GetAsync($"api/day/2?{Schedules.LondonQuery}")).ShouldBeJsonAsync();

        json.ShouldMatch(Schedules.London, Schedules.London.OnCourseDay(2));
    }

    [Fact]
    public async Task Get_QueryStringOfThousandsOfSessions_IsAProblemDetails400()
    {
        string query = "?zone=Europe/London" + string.Concat(Enumerable.Repeat("&session=2026-11-20T10:00", 2000));

        JsonElement problem = await (await _client.GetAsync("api/day/2" + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");

        problem.ShouldHaveErrors(("query", $"The query string is {query.Length} characters long; send at most 8192."));
    }

    [Fact]
    public async Task Get_RequestLineBeyondKestrelsLimit_IsRejectedByTheServerNotAnError()
    {
        string query = "?zone=" + new string('x', 70 * 1024);

        HttpResponseMessage response = await _client.GetAsync("api/day/2" + query);

        response.StatusCode.Should().Be(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Post_BodyLargerThanTheLimit_IsAProblemDetails400()
    {
        var content = new ByteArrayContent(new byte[1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await (await _client.PostAsync("api/protocols/validate", content)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest, "The request body is too large.", "The request body is 1048576 bytes; send at most 262144 bytes.");
    }

    [Fact]
    public async Task Post_ChunkedBodyLargerThanTheLimit_IsAProblemDetails400()
    {
        var content = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 600 * 1024))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/protocols/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await (await _client.SendAsync(request)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest, "The request body is too large.", "The request body is larger than 262144 bytes; send at most 262144 bytes.");
    }
}
