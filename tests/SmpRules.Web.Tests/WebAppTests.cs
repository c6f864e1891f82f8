using System.Net;
using System.Net.Http;
using System.Text.Json;
using NodaTime.Testing;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests;

/// <summary>What the app does around the API: unknown routes, unexpected errors, the page and its headers.</summary>
public sealed class WebAppTests : IClassFixture<WebAppFactory>
{
    private readonly WebAppFactory _factory;

    public WebAppTests(WebAppFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Build_UnknownRoute_IsAProblemDetails404()
    {
        await (await _factory.CreateClient().GetAsync("/api/days/2")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Not Found");
    }

    [Fact]
    public async Task Build_UnexpectedError_IsA500WithoutInternals()
    {
        using var failing = new WebAppFactory { Clock = new FailingClock() };

        HttpResponseMessage response = await failing.CreateClient().GetAsync($"/api/now?{Schedules.LondonQuery}");

        JsonElement problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError, "An error occurred while processing your request.");
        problem.GetRawText().Should().NotContain(FailingClock.Secret).And.NotContain("FailingClock");
        problem.TryGetProperty("detail", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Build_Page_IsServedWithSecurityHeaders()
    {
        HttpResponseMessage response = await _factory.CreateClient().GetAsync("/");

        string html = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("<script src=\"app.js\"");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'self'");
    }

    [Fact]
    public async Task Build_Script_IsServed()
    {
        HttpResponseMessage response = await _factory.CreateClient().GetAsync("/app.js");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
    }

    private sealed class FailingClock : IClock
    {
        public const string Secret = "the clock's battery is flat";

        public Instant GetCurrentInstant() => throw new InvalidOperationException(Secret);
    }
}
