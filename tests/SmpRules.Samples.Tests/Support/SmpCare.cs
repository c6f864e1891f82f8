using System.Diagnostics;
using System.IO;
using System.Text;
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
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TZ"] = "Etc/UTC";
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new SmpCareRun(process.ExitCode, await output, await error);
    }
}
