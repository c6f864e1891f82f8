using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SmpRules.Web.Api;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>No answer grows with a hostile request: a protocol document with many problems gets a bounded list and a count.</summary>
public sealed class BoundedAnswerTests : IClassFixture<WebAppFactory>
{
    private readonly HttpClient _client;

    public BoundedAnswerTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Validate_65000IdenticalRemoves_ListsTheFirst50_AndCountsTheRest()
    {
        // 254 KiB: just under the body limit, every entry a problem.
        var document = new StringBuilder("""{ "formatVersion": 1, "name": "Hostile", "extends": "standard", "remove": [""");
        const int removes = 65_000;
        for (int i = 0; i < removes; i++)
        {
            document.Append(i == 0 ? "\"x\"" : ",\"x\"");
        }

        document.Append("] }");
        document.Length.Should().BeLessThan(WebApp.MaxRequestBodyBytes).And.BeGreaterThan(250 * 1024);

        HttpResponseMessage response = await PostAsync(document.ToString());
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.Length.Should().BeLessThan(ProtocolValidation.MaxAnswerBytes);
        JsonElement problem = JsonDocument.Parse(body).RootElement;
        JsonElement[] errors = problem.GetProperty("errors").EnumerateArray().ToArray();
        errors.Should().HaveCount(ProtocolValidation.MaxReportedProblems, "each of these problems is short");
        int omitted = problem.GetProperty("omitted").GetInt32();
        omitted.Should().BeGreaterThan(60_000);
        problem.GetProperty("detail").GetString().Should()
            .StartWith($"The protocol document has {omitted + errors.Length} problems: ")
            .And.EndWith($" The first {errors.Length} are listed in errors; {omitted} more are left out.");
        errors[0].GetProperty("path").GetString().Should().StartWith("$.remove[");
    }

    [Fact]
    public async Task Validate_HugeValuesInEveryProblem_AreCutShort_AndTheAnswerStaysUnderItsBound()
    {
        // Rules whose ids are long runs of control characters: every message quoting one is long, and each character
        // takes 6 bytes of JSON.
        string id = new('\u0001', 1_500);
        var document = new StringBuilder("""{ "formatVersion": 1, "name": "Hostile", "families": ["x"], "rules": [""");
        for (int i = 0; i < 20; i++)
        {
            document.Append(i == 0 ? string.Empty : ",");
            document.Append("{\"id\":").Append(JsonSerializer.Serialize(id + i)).Append(",\"family\":\"x\"}");
        }

        document.Append("] }");
        document.Length.Should().BeLessThan(WebApp.MaxRequestBodyBytes);

        HttpResponseMessage response = await PostAsync(document.ToString());
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.Length.Should().BeLessThan(ProtocolValidation.MaxAnswerBytes);
        JsonElement problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("errors").GetArrayLength().Should().BeGreaterThan(0);
        (problem.GetProperty("errors").GetArrayLength() + problem.GetProperty("omitted").GetInt32()).Should().BeGreaterThanOrEqualTo(20);
        foreach (JsonElement error in problem.GetProperty("errors").EnumerateArray())
        {
            foreach (string field in new[] { "message", "ruleId", "path" })
            {
                if (error.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String)
                {
                    value.GetString()!.Length.Should().BeLessThanOrEqualTo(ProtocolValidation.MaxFieldLength);
                }
            }
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string document)
    {
        var content = new StringContent(document, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await _client.PostAsync("/api/protocols/validate", content);
    }
}
