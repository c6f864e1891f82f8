using SmpRules.Protocols;

namespace SmpRules.Cli.Input;

/// <summary>Loads protocol files, turning every problem into a message with the file, line and column.</summary>
internal static class ProtocolFiles
{
    /// <summary>Loads the protocol file given, or returns the Standard protocol when none is.</summary>
    public static CareProtocol? LoadOrStandard(string? path, InputProblems problems)
    {
        if (path is null)
        {
            return StandardProtocol.Instance;
        }

        problems.Add($"The protocol file '{path}' cannot be read: this build of smp-care reads only the built-in Standard protocol.");
        return null;
    }
}
