using System.IO;
using System.Threading.Tasks;

namespace SmpRules.Samples.Tests.Support;

/// <summary>Runs the built smp-care program (copied beside the tests by the project reference) as a process.</summary>
internal static class SmpCare
{
    /// <summary>The plan of DOMAIN.md's worked example, as command-line options.</summary>
    public static readonly string[] London = ["--zone", "Europe/London", "--session", "2026-11-20T10:00"];

    private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "smp-care.dll");

    private static readonly string Host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    /// <summary>Runs smp-care with arguments and waits for it to end.</summary>
    public static Task<SmpCareRun> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>Runs smp-care with arguments and extra environment variables.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="environment">Extra environment variables, or <see langword="null"/>.</param>
    /// <param name="workingDirectory">The folder to run in (relative paths in the arguments resolve against it), or <see langword="null"/> for the tests' own.</param>
    public static Task<SmpCareRun> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, string? workingDirectory = null) =>
        StartAsync(Host, [Program, .. args], environment, workingDirectory);

    /// <summary>Runs smp-care through the shell with its standard output sent to a file, such as /dev/full.</summary>
    public static Task<SmpCareRun> RunWithOutputToAsync(string file, params string[] args) =>
        StartAsync("/bin/sh", ["-c", "exec \"$0\" \"$@\" > " + file, Host, Program, .. args], null, null);

    private static async Task<SmpCareRun> StartAsync(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        (int exitCode, string output, string error) = await Processes.RunAsync(fileName, args, environment, workingDirectory ?? Environment.CurrentDirectory, TimeSpan.FromSeconds(60));
        return new SmpCareRun(exitCode, output, error);
    }
}
