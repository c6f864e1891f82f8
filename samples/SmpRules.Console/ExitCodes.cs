namespace SmpRules.Cli;

/// <summary>The exit codes of smp-care, documented in docs/console.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected went wrong (a bug, or an I/O failure such as a full disk).</summary>
    public const int Unexpected = 1;

    /// <summary>The input was wrong: a malformed argument or option, an invalid plan, an unreadable or invalid protocol file.</summary>
    public const int BadInput = 2;
}
