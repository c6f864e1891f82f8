using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Web.Tests.Support;

namespace SmpRules.Web.Tests.Api;

/// <summary><c>POST /api/protocols/validate</c>: valid documents, and every kind of invalid or hostile body.</summary>
public sealed class ProtocolValidationTests : IClassFixture<WebAppFactory>
{
    private const string InvalidTitle = "The protocol document is invalid.";
    private readonly HttpClient _client;

    public ProtocolValidationTests(WebAppFactory factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task Validate_ValidDocument_GivesNameAndRules()
    {
        string document = CareProtocolJson.Serialize(WebAppFactory.Clinic);

        JsonElement json = await (await Post(document)).ShouldBeJsonAsync();

        json.EnumerateObject().Select(p => p.Name).Should().Equal("valid", "name", "rules", "warnings");
        json.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.GetProperty("name").GetString().Should().Be(WebAppFactory.Clinic.Name);
        json.GetProperty("rules").EnumerateArray().Select(r => r.GetString()).Should().Equal(WebAppFactory.Clinic.Rules.Select(r => r.Id));
        json.GetProperty("warnings").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Validate_ValidDocumentWithWarnings_ListsThemLocated()
    {
        // Valid, but "sun-protection" is declared and never used, and the wash rule's suspension can never take effect:
        // washing from day 5 never meets the keep-dry days 0 to 4 of the first session.
        const string document = """
            { "formatVersion": 1, "name": "Clinic", "families": ["sun-protection"],
              "rules": [
                { "id": "dry.keep", "family": "dry-period", "directive": "avoid", "activities": ["washing"], "window": { "anchor": "first-session", "fromDay": 0, "toDay": 4 }, "text": "Keep dry." },
                { "id": "hygiene.wash", "family": "hygiene", "directive": "do", "activities": ["washing"], "window": { "anchor": "first-session", "fromDay": 5, "until": "open" }, "text": "Wash.", "suspendedBy": ["dry.keep"] } ] }
            """;

        JsonElement json = await (await Post(document)).ShouldBeJsonAsync();

        json.GetProperty("valid").GetBoolean().Should().BeTrue();
        json.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("code").GetString(), w.GetProperty("path").GetString(), w.GetProperty("line").GetInt32()))
            .Should().Equal(("IneffectiveSuspension", "$.rules[1].suspendedBy[0]", 4), ("UnusedDeclaration", "$.families[0]", 1));
    }

    [Fact]
    public async Task Validate_DocumentExtendingARegisteredProtocol_IsResolvedByName()
    {
        const string document = """{ "formatVersion": 1, "name": "Clinic plus", "extends": "clinic" }""";

        JsonElement json = await (await Post(document)).ShouldBeJsonAsync();

        json.GetProperty("name").GetString().Should().Be("Clinic plus");
        json.GetProperty("rules").GetArrayLength().Should().Be(WebAppFactory.Clinic.Rules.Length);
    }

    [Theory]
    [InlineData("{\"formatVersion\": 1,\n  \"name\": \"x\",\n  \"rules\": [ 1, ]\n}")]
    [InlineData("{ \"x\": 1")]
    [InlineData("<html><body>not json</body></html>")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{ \"formatVersion\": 99, \"name\": \"x\" }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"extends\": \"nowhere\" }")]
    [InlineData("{ \"formatVersion\": 1, \"name\": \"x\", \"rules\": [ { \"id\": \"a.b\", \"family\": \"hygiene\", \"directive\": \"sometimes\" } ] }")]
    [InlineData("{ \"formatVersion\": 1e999, \"name\": 12 }")]
    public async Task Validate_InvalidDocument_ListsTheLibrarysProblemsWithPlaces(string document)
    {
        CareProtocolException expected = Assert.Throws<CareProtocolException>(() => CareProtocolJson.Parse(document));

        JsonElement problem = await (await Post(document)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, InvalidTitle);

        JsonElement[] errors = problem.GetProperty("errors").EnumerateArray().ToArray();
        errors.Should().HaveCount(expected.Problems.Count);
        for (int i = 0; i < errors.Length; i++)
        {
            ProtocolProblem p = expected.Problems[i];
            errors[i].EnumerateObject().Select(e => e.Name).Should().Equal("code", "message", "ruleId", "path", "line", "column");
            errors[i].GetProperty("code").GetString().Should().Be(p.Code.ToString());
            errors[i].GetProperty("message").GetString().Should().Be(p.Message);
            errors[i].GetProperty("path").GetString().Should().Be(p.Path);
            Nullable(errors[i].GetProperty("ruleId"), e => e.GetString()).Should().Be(p.RuleId);
            Nullable(errors[i].GetProperty("line"), e => e.GetInt32()).Should().Be(p.Line);
            Nullable(errors[i].GetProperty("column"), e => e.GetInt32()).Should().Be(p.Column);
        }

        string count = expected.Problems.Count == 1 ? "1 problem" : $"{expected.Problems.Count} problems";
        problem.GetProperty("detail").GetString().Should().Be($"The protocol document has {count}: " + string.Join(" ", expected.Problems.Select(p => p.ToString())));
    }

    [Fact]
    public async Task Validate_MalformedJson_GivesPathLineAndColumn()
    {
        JsonElement problem = await (await Post("{\n  \"formatVersion\": 1,\n  \"name\": \"x\"\n  \"rules\": []\n}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, InvalidTitle);

        JsonElement error = problem.GetProperty("errors")[0];
        error.GetProperty("code").GetString().Should().Be("JsonSyntax");
        error.GetProperty("line").GetInt32().Should().Be(4);
        error.GetProperty("column").GetInt32().Should().BePositive();
        error.GetProperty("path").GetString().Should().StartWith("$");
    }

    [Fact]
    public async Task Validate_EmptyBody_SaysSendADocument()
    {
        JsonElement problem = await (await Post(string.Empty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "The request's input is invalid.");

        problem.ShouldHaveErrors(("body", "The request body is empty: send a protocol document (JSON) in it."));
    }

    [Fact]
    public async Task Validate_BodyLargerThanTheLimit_IsRejectedBeforeReading()
    {
        string document = "{ \"name\": \"" + new string('x', 300 * 1024) + "\" }";

        JsonElement problem = await (await Post(document)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest, "The request body is too large.", $"The request body is {Encoding.UTF8.GetByteCount(document)} bytes; send at most 262144 bytes.");

        problem.GetProperty("errors").GetRawText().Should().Be("""[{"parameter":"body","message":"The protocol document is too large."}]""");
    }

    [Fact]
    public async Task Validate_LargeBodyWithoutLength_IsRejectedWhileReading()
    {
        var content = new StreamContent(new System.IO.MemoryStream(new byte[2 * 1024 * 1024]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/protocols/validate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await (await _client.SendAsync(request)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest, "The request body is too large.", "The request body is larger than 262144 bytes; send at most 262144 bytes.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Validate_RandomBytes_IsABadRequest(int seed)
    {
        var random = new Random(seed);
        byte[] garbage = new byte[random.Next(1, 5000)];
        random.NextBytes(garbage);
        var content = new ByteArrayContent(garbage);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        await (await _client.PostAsync("/api/protocols/validate", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, InvalidTitle);
    }

    [Fact]
    public async Task Validate_DeepNesting_IsABadRequest()
    {
        string document = "{ \"formatVersion\": 1, \"name\": \"x\", \"rules\": " + new string('[', 10000) + new string(']', 10000) + " }";

        await (await Post(document)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, InvalidTitle);
    }

    [Fact]
    public async Task Validate_Get_IsNotAllowed()
    {
        await (await _client.GetAsync("/api/protocols/validate")).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "Method Not Allowed");
    }

    private static T? Nullable<T>(JsonElement element, Func<JsonElement, T> read)
        where T : struct => element.ValueKind == JsonValueKind.Null ? null : read(element);

    private static string? Nullable(JsonElement element, Func<JsonElement, string?> read) =>
        element.ValueKind == JsonValueKind.Null ? null : read(element);

    private Task<HttpResponseMessage> Post(string document) =>
        _client.PostAsync("/api/protocols/validate", new StringContent(document, Encoding.UTF8, "application/json"));
}
