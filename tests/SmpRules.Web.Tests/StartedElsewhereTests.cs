using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;

namespace SmpRules.Web.Tests;

/// <summary>
/// The built app, started as a user starts it (its own process, in Production), from a working directory that is not
/// the project's: it still serves its page and answers.
/// </summary>
public sealed class StartedElsewhereTests
{
    [Fact]
    public async Task App_StartedFromAnotherDirectory_ServesThePageAndTheApi()
    {
        string app = AppPath();
        string elsewhere = Directory.CreateTempSubdirectory("smprules-web-cwd-").FullName;
        var start = new ProcessStartInfo("dotnet", [app, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        using Process process = Process.Start(start)!;
        try
        {
            Uri address = await ListeningAddressAsync(process);
            using var client = new HttpClient { BaseAddress = address };

            HttpResponseMessage page = await client.GetAsync("/");
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).Should().Contain("<script src=\"app.js\"");
            (await client.GetAsync("/app.js")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.GetAsync("/app.css")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await client.GetAsync("/api/day/2?zone=Europe/London&session=2026-11-20T10:00")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    /// <summary>The app's own build output (samples/SmpRules.Web/bin/Configuration/net10.0), found from the repository root.</summary>
    private static string AppPath()
    {
        string here = AppContext.BaseDirectory;
        DirectoryInfo? root = new(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SmpRules.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        string configuration = new DirectoryInfo(here).Parent!.Name;
        string app = Path.Combine(root!.FullName, "samples", "SmpRules.Web", "bin", configuration, "net10.0", "SmpRules.Web.dll");
        File.Exists(app).Should().BeTrue($"the web sample is built at {app}");
        return app;
    }

    private static async Task<Uri> ListeningAddressAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            Match match = Regex.Match(line, @"Now listening on: (http://127\.0\.0\.1:\d+)");
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException("The app ended before it listened: " + string.Join(Environment.NewLine, seen) + await process.StandardError.ReadToEndAsync());
    }
}
