namespace SmpRules.Cli.Input;

/// <summary>How a command writes its answer.</summary>
internal enum OutputFormat
{
    /// <summary>Text for people, rendered with Spectre.Console.</summary>
    Text,

    /// <summary>JSON for programs: the stable contract of docs/console.md.</summary>
    Json,
}
