using System.IO;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Packages;

/// <summary>
/// Packs SmpRules, its DI and calendar packages and smp-care (as a .NET tool) from the built Release output into a folder feed, once
/// for the consumer tests, and runs the dotnet CLI the way a developer does, outside the solution.
/// </summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    /// <summary>The version every package is packed at (VersionPrefix in Directory.Build.props).</summary>
    public const string Version = "0.1.0";

    /// <summary>Gets a temporary folder outside the repository: no Directory.Build.props or central package versions reach it.</summary>
    public string Work { get; } = Directory.CreateTempSubdirectory("smprules-consumer-").FullName;

    /// <summary>Gets the folder feed the packages are packed into.</summary>
    public string Feed => Path.Combine(Work, "feed");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // A restore from an earlier pack of the same version would come from the global packages folder: clear it.
        string global = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string id in new[] { "smprules", "smprules.extensions.dependencyinjection", "smprules.calendar", "smp-care" })
        {
            string cached = Path.Combine(global, id, Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        foreach (string project in new[] { "src/SmpRules", "src/SmpRules.Extensions.DependencyInjection", "src/SmpRules.Calendar", "samples/SmpRules.Console" })
        {
            (await DotnetAsync(Repository.Root, "pack", Repository.File(project), "-c", "Release", "--no-build", "-o", Feed)).ShouldSucceed();
        }

        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="smprules-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }

        return Task.CompletedTask;
    }

    /// <summary>Copies a consumer project of tests/consumer into the work folder (under another folder name, if given).</summary>
    public string CopyConsumer(string name, string? folder = null)
    {
        string source = Repository.File(Path.Combine("tests", "consumer", name));
        string target = Path.Combine(Work, folder ?? name);
        Directory.CreateDirectory(target);
        foreach (string file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return target;
    }

    /// <summary>Runs the dotnet CLI in a folder and waits for it (at most ten minutes).</summary>
    public static Task<ProcessRun> DotnetAsync(string folder, params string[] args) => RunAsync("dotnet", folder, null, args);

    /// <summary>Runs a program in a folder with extra environment variables and waits for it (at most ten minutes).</summary>
    public static async Task<ProcessRun> RunAsync(string program, string folder, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        (int exitCode, string output, string error) = await Processes.RunAsync(program, args, environment, folder, TimeSpan.FromMinutes(10));
        return new ProcessRun($"{program} {string.Join(' ', args)}", exitCode, output, error);
    }
}

/// <summary>What a process printed and how it ended.</summary>
public sealed record ProcessRun(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Asserts exit code 0, showing everything printed otherwise.</summary>
    public ProcessRun ShouldSucceed()
    {
        ExitCode.Should().Be(0, $"`{Command}` must succeed; it printed:\n{Output}\n{Error}");
        return this;
    }
}
