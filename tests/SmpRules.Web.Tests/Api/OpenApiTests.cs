using System.Net;
using System.Net.Http;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary>The OpenAPI document at /openapi/v1.json describes every endpoint the app maps, and the answers as they are.</summary>
public sealed class OpenApiTests : IClassFixture<WebAppFactory>
{
    private static readonly string[] PlanParameters = ["zone", "session", "fact", "culture", "protocol"];
    private readonly WebAppFactory _factory;
    private readonly HttpClient _client;

    public OpenApiTests(WebAppFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Document_DescribesEveryMappedRoute_WithEachOfItsMethods()
    {
        JsonElement paths = (await DocumentAsync()).GetProperty("paths");

        // Every endpoint the app maps, as routing sees it, but the document itself and the reference page.
        var mapped = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/openapi", StringComparison.Ordinal) && !raw.StartsWith("/scalar", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/'), Method: m.ToLowerInvariant())))
            .ToArray();
        mapped.Select(m => m.Path).Should().Contain(["/api/day/{n}", "/api/on/{date}", "/api/at/{instant}", "/api/now", "/api/timeline", "/api/protocols", "/api/protocols/{name}/rules", "/api/protocols/validate", "/health"]);

        foreach ((string path, string method) in mapped)
        {
            paths.TryGetProperty(path, out JsonElement item).Should().BeTrue($"{path} is mapped, so it must be documented");
            item.TryGetProperty(method, out JsonElement operation).Should().BeTrue($"{method.ToUpperInvariant()} {path} is mapped, so it must be documented");
            operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace($"{method} {path} needs a summary");
            operation.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace($"{method} {path} needs a description");
            JsonElement responses = operation.GetProperty("responses");
            responses.TryGetProperty("200", out JsonElement ok).Should().BeTrue($"{method} {path} documents its answer");
            ok.GetProperty("content").EnumerateObject().Should().NotBeEmpty($"{method} {path} documents its answer's schema");
            foreach (JsonElement parameter in operation.TryGetProperty("parameters", out JsonElement list) ? list.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                parameter.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace($"parameter {parameter.GetProperty("name")} of {method} {path} needs a description");
            }
        }
    }

    [Theory]
    [InlineData("/api/day/{n}", "n")]
    [InlineData("/api/on/{date}", "date")]
    [InlineData("/api/at/{instant}", "instant")]
    [InlineData("/api/now", null)]
    [InlineData("/api/timeline", null)]
    public async Task PlanEndpoints_DocumentThePlansParameters_AndTheProblemAnswer(string path, string? routeValue)
    {
        JsonElement operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty("get");

        var parameters = operation.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        parameters.Keys.Should().Contain(PlanParameters);
        parameters["zone"].GetProperty("in").GetString().Should().Be("query");
        parameters["zone"].GetProperty("required").GetBoolean().Should().BeTrue();
        parameters["session"].GetProperty("schema").GetProperty("type").GetString().Should().Be("array");
        if (routeValue is not null)
        {
            parameters[routeValue].GetProperty("in").GetString().Should().Be("path");
        }

        operation.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Timeline_DocumentsItsRange()
    {
        JsonElement operation = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/timeline").GetProperty("get");

        operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().Contain(["from", "to"]);
    }

    [Theory]
    [InlineData("/api/day/2", "AdviceAnswer")]
    [InlineData("/api/at/2026-11-22T10:00:00Z", "AdviceAnswer")]
    [InlineData("/api/timeline", "TimelineAnswer")]
    public async Task Answers_HaveExactlyTheDocumentedFields(string path, string schemaName)
    {
        JsonElement document = await DocumentAsync();
        JsonElement answer = await (await _client.GetAsync($"{path}?{Schedules.LondonTwoSessionsQuery}")).ShouldBeJsonAsync();

        ShouldHaveFields(document, schemaName, answer);
    }

    [Fact]
    public async Task InputProblem_HasTheDocumentedFields()
    {
        JsonElement document = await DocumentAsync();
        HttpResponseMessage response = await _client.GetAsync("/api/day/2?zone=Mars/Olympus&session=2026-11-20T10:00");
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonElement problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Properties(Schema(document, "InputProblemAnswer")).Should().Contain(problem.EnumerateObject().Select(p => p.Name).Where(n => n != "traceId"));
        Properties(Schema(document, "InputErrorDoc")).Should().BeEquivalentTo(problem.GetProperty("errors")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ReferencePage_IsServedInDevelopment()
    {
        HttpResponseMessage response = await _client.GetAsync("/scalar");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync()).Should().Contain("openapi/v1.json");
    }

    [Fact]
    public async Task ReferencePage_IsNotServedInProduction_ButTheDocumentIs()
    {
        using WebAppFactory production = new() { Environment = "Production" };
        HttpClient client = production.CreateClient();

        (await client.GetAsync("/scalar")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<JsonElement> DocumentAsync()
    {
        HttpResponseMessage response = await _client.GetAsync("/openapi/v1.json");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Schema(JsonElement document, string name) => document.GetProperty("components").GetProperty("schemas").GetProperty(name);

    private static IEnumerable<string> Properties(JsonElement schema) => schema.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    /// <summary>Checks an answer's fields against a schema, and those of its objects and arrays of objects against theirs.</summary>
    private static void ShouldHaveFields(JsonElement document, string schemaName, JsonElement value)
    {
        JsonElement schema = Schema(document, schemaName);
        string[] documented = Properties(schema).ToArray();
        string[] answered = value.EnumerateObject().Select(p => p.Name).ToArray();
        answered.Should().OnlyContain(name => documented.Contains(name), $"every field of the answer must be documented in {schemaName}");
        if (schemaName is not "AdviceQuery")
        {
            documented.Should().BeEquivalentTo(answered, $"every field {schemaName} documents must be in the answer");
        }

        foreach (JsonProperty field in value.EnumerateObject())
        {
            JsonElement property = schema.GetProperty("properties").GetProperty(field.Name);
            string? reference = RefOf(property) ?? (property.TryGetProperty("items", out JsonElement items) ? RefOf(items) : null);
            if (reference is null)
            {
                continue;
            }

            if (field.Value.ValueKind == JsonValueKind.Object)
            {
                ShouldHaveFields(document, reference, field.Value);
            }
            else if (field.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement element in field.Value.EnumerateArray().Take(3))
                {
                    ShouldHaveFields(document, reference, element);
                }
            }
        }
    }

    private static string? RefOf(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            return reference.GetString()!.Split('/')[^1];
        }

        // A nullable reference may be written as anyOf/oneOf of the reference and null.
        foreach (string combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out JsonElement options))
            {
                foreach (JsonElement option in options.EnumerateArray())
                {
                    if (RefOf(option) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }
}
