using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SmpRules.Web.Tests.Docs;

/// <summary>
/// docs/web.md cannot lie: every request marked <c>&lt;!-- web-example: status --&gt;</c> is sent to the app as it runs
/// out of the box, and its answer must have that status and equal the JSON shown, but for <c>traceId</c>.
/// <c>SMPRULES_UPDATE_WEB_DOCS=1</c> rewrites the answers.
/// </summary>
public sealed partial class WebDocsTests : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly HttpClient _client;

    public WebDocsTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient();
    }

    [Fact]
    public async Task WebMd_Examples_AreTheAppsAnswers()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "web.md");
        string[] lines = File.ReadAllLines(path);
        var mismatches = new List<string>();
        int examples = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            Match marker = Marker().Match(lines[i]);
            if (!marker.Success)
            {
                continue;
            }

            examples++;
            (string[] request, int requestEnd) = Block(lines, i + 1, "http", path);
            (string[] shown, int answerEnd) = Block(lines, requestEnd + 1, "json", path);
            string answer = await AnswerAsync(request, int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            if (answer != string.Join("\n", shown))
            {
                mismatches.Add($"docs/web.md:{requestEnd + 2}: the answer to '{request[0]}' differs from the page:\n{answer}");
                lines = [.. lines[..(requestEnd + 2)], .. answer.Split('\n'), .. lines[answerEnd..]];
                i = requestEnd + 2;
            }
        }

        examples.Should().BeGreaterThanOrEqualTo(5);
        if (Environment.GetEnvironmentVariable("SMPRULES_UPDATE_WEB_DOCS") == "1")
        {
            File.WriteAllText(path, string.Join("\n", lines) + "\n");
            return;
        }

        mismatches.Should().BeEmpty();
    }

    private static (string[] Lines, int End) Block(string[] lines, int open, string language, string path)
    {
        lines[open].Should().Be("```" + language, $"{path}:{open + 1} must open a {language} block after a web example's marker");
        int close = Array.IndexOf(lines, "```", open + 1);
        close.Should().BePositive();
        return (lines[(open + 1)..close], close);
    }

    private async Task<string> AnswerAsync(string[] request, int status)
    {
        string[] start = request[0].Split(' ', 2);
        using var message = new HttpRequestMessage(new HttpMethod(start[0]), start[1]);
        int blank = Array.IndexOf(request, string.Empty);
        if (blank > 0)
        {
            message.Content = new StringContent(string.Join("\n", request[(blank + 1)..]), Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response = await _client.SendAsync(message);
        ((int)response.StatusCode).Should().Be(status, request[0]);
        JsonObject json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        json.Remove("traceId");
        return json.ToJsonString(Indented);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SmpRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with SmpRules.sln) was not found above the test's folder.");
    }

    [GeneratedRegex(@"^<!-- web-example: (\d{3}) -->$")]
    private static partial Regex Marker();
}
