using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SmpRules.Samples.Tests.Support;

/// <summary>Runs a program as a process, with no input, in UTC and without colours or telemetry, and returns what it printed.</summary>
internal static class Processes
{
    /// <summary>Runs a program and waits for it to end.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="environment">Extra environment variables, or <see langword="null"/>.</param>
    /// <param name="workingDirectory">The folder to run in.</param>
    /// <param name="timeout">How long to wait before giving up.</param>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
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
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
