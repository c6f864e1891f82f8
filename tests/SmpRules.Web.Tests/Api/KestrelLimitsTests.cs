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

    /// <summary>
    /// Sends a body the way a well-behaved client sends a large upload: with <c>Expect: 100-continue</c>, so that a server that
    /// refuses the body from its headers answers before any of it is sent. Without it the answer races the upload: the server
    /// closes the connection after answering and the client, still writing, sees a reset instead of the answer.
    /// </summary>
    private async Task<HttpResponseMessage> PostExpectingContinueAsync(HttpContent content, bool chunked = false)
    {
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) };
        using var client = new HttpClient(handler) { BaseAddress = _client.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/protocols/validate") { Content = content };
        request.Headers.ExpectContinue = true;
        request.Headers.TransferEncodingChunked = chunked;
        HttpResponseMessage response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
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

        await (await PostExpectingContinueAsync(content)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest, "The request body is too large.", "The request body is 1048576 bytes; send at most 262144 bytes.");
    }

    [Fact]
    public async Task Post_ChunkedBodyLargerThanTheLimit_IsAProblemDetails400()
    {
        // Only just over the limit: the server stops reading at the limit and closes the connection after answering, and
        // a large unread rest would make that close a reset that can overtake the answer.
        var content = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(new string(' ', (256 * 1024) + 16))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await (await PostExpectingContinueAsync(content, chunked: true)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest, "The request body is too large.", "The request body is larger than 262144 bytes; send at most 262144 bytes.");
    }
}
