using System.Globalization;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;

namespace SmpRules.Cli.Input;

/// <summary>Loads protocol files, turning every problem into one message with the file, line, column and JSON path.</summary>
internal static class ProtocolFiles
{
    /// <summary>Loads the protocol file given, or returns the Standard protocol when none is.</summary>
    public static CareProtocol? LoadOrStandard(string? path, InputProblems problems) =>
        path is null ? StandardProtocol.Instance : Load(path, problems);

    /// <summary>Loads a protocol file; on failure, adds each of its problems and returns <see langword="null"/>.</summary>
    public static CareProtocol? Load(string path, InputProblems problems)
    {
        try
        {
            return CareProtocolJson.LoadFile(path);
        }
        catch (CareProtocolException e)
        {
            if (e.Problems.Count == 0)
            {
                problems.Add($"{path}: {e.Message}");
            }

            foreach (ProtocolProblem problem in e.Problems)
            {
                problems.Add(Describe(path, problem));
            }

            return null;
        }
    }

    /// <summary>A problem as <c>file:line:column: message (at $.json.path)</c>, the form editors and compilers use.</summary>
    public static string Describe(string path, ProtocolProblem problem)
    {
        string place = problem.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{problem.Column ?? 0}")
            : path;
        string at = problem.Path is { } jsonPath ? $" (at {jsonPath})" : string.Empty;
        return $"{place}: {problem.Message}{at}";
    }
}
