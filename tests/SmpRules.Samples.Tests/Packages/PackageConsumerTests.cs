using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Packages;

/// <summary>
/// The packages as a developer meets them: packed into a folder feed, restored by version outside the solution, in a
/// console app on net8.0 and net10.0 and published with Native AOT, and smp-care installed as a .NET tool. What they
/// print is what README shows.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageConsumerTests(PackagesFixture packages)
{
    private static readonly string Evoke = Repository.File("samples/protocols/evoke-smp.json");

    private static string ReadmeOutput => File.ReadAllText(Repository.File("tests/SmpRules.Tests/Docs/Snippets/Output/readme-ten-lines.txt")).ReplaceLineEndings("\n").TrimEnd();

    [Theory]
    [InlineData("net10.0")]
    [InlineData("net8.0")]
    public async Task ConsoleConsumer_FromTheFeed_PrintsWhatReadmeShows(string framework)
    {
        string folder = packages.CopyConsumer("Console");
        var rollForward = new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" };

        ProcessRun run = (await PackagesFixture.RunAsync("dotnet", folder, rollForward, "run", "-c", "Release", "-f", framework, "--", Evoke)).ShouldSucceed();

        string output = run.Output.ReplaceLineEndings("\n").TrimEnd();
        output.Should().StartWith(ReadmeOutput + "\nEvoke", "the consumer runs README's ten lines, then the Evoke protocol");
        output.Split('\n').Length.Should().BeGreaterThan(ReadmeOutput.Split('\n').Length + 2);
    }

    [Fact]
    public async Task ConsoleConsumer_NativeAot_PublishesWithoutWarningsAndPrintsTheSameAnswer()
    {
        string folder = packages.CopyConsumer("Console");
        string output = Path.Combine(folder, "aot");

        ProcessRun publish = (await PackagesFixture.DotnetAsync(folder, "publish", "-c", "Release", "-f", "net10.0", "-r", "linux-x64", "-p:PublishAot=true", "-o", output)).ShouldSucceed();
        ProcessRun jit = (await PackagesFixture.DotnetAsync(folder, "run", "-c", "Release", "-f", "net10.0", "--", Evoke)).ShouldSucceed();
        ProcessRun native = (await PackagesFixture.RunAsync(Path.Combine(output, "Consumer"), folder, null, Evoke)).ShouldSucceed();

        Regex.Matches(publish.Output, @"warning IL\d+").Select(m => m.Value).Should().BeEmpty("the packages are trim- and AOT-safe:\n" + publish.Output);
        native.Output.Should().Be(jit.Output).And.StartWith(ReadmeOutput);
    }

    [Fact]
    public async Task AspNetCoreConsumer_FromTheFeed_AnswersOverHttpWhatReadmeShows()
    {
        string folder = packages.CopyConsumer("Web");
        (await PackagesFixture.DotnetAsync(folder, "build", "-c", "Release")).ShouldSucceed();
        int port = FreePort();
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { "run", "-c", "Release", "--no-build", "--", "--urls", $"http://127.0.0.1:{port}", "--Evoke", Evoke })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        using System.Diagnostics.Process app = System.Diagnostics.Process.Start(start)!;
        app.OutputDataReceived += static (_, _) => { };
        app.ErrorDataReceived += static (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new System.Net.Http.HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            string standard = await GetWhenUpAsync(http, "/day/2", app);
            string evoke = await http.GetStringAsync("/day/2?protocol=evoke");

            standard.Should().Be(ReadmeOutput);
            evoke.Should().NotBe(standard).And.Contain("dry-period");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task SmpCareTool_InstalledFromTheFeed_AnswersLikeDotnetRun()
    {
        string tools = Path.Combine(packages.Work, "tools");
        (await PackagesFixture.DotnetAsync(packages.Work, "tool", "install", "smp-care", "--tool-path", tools, "--version", PackagesFixture.Version)).ShouldSucceed();
        string[] args = ["day", "2", .. SmpCare.London];

        ProcessRun tool = (await PackagesFixture.RunAsync(Path.Combine(tools, "smp-care"), packages.Work, null, args)).ShouldSucceed();
        SmpCareRun built = await SmpCare.RunAsync(args);

        built.ExitCode.Should().Be(0);
        tool.Output.Should().Be(built.Output).And.Contain("dry-period.keep-scalp-dry");
    }
    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> GetWhenUpAsync(System.Net.Http.HttpClient http, string path, System.Diagnostics.Process app)
    {
        DateTime deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                return await http.GetStringAsync(path);
            }
            catch (System.Net.Http.HttpRequestException) when (DateTime.UtcNow < deadline && !app.HasExited)
            {
                await Task.Delay(250);
            }
        }
    }
}

/// <summary>The consumer tests share one pack, and run alone: they build and publish, which takes both cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packages";
}
