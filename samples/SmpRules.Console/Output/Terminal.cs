using System;
using System.IO;
using Spectre.Console;

namespace SmpRules.Cli.Output;

/// <summary>Makes the Spectre.Console console that text output is written to.</summary>
internal static class Terminal
{
    /// <summary>The width of text output when it goes to a file or a pipe rather than a terminal, so that lines are not wrapped.</summary>
    public const int RedirectedWidth = 1000;

    /// <summary>Returns a console writing to <paramref name="writer"/>: colours and the window's width in a terminal, plain text otherwise.</summary>
    public static IAnsiConsole For(TextWriter writer, int minimumWidth = 0)
    {
        var output = new AnsiConsoleOutput(writer);
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (!output.IsTerminal)
        {
            console.Profile.Width = Math.Max(RedirectedWidth, minimumWidth);
        }

        return console;
    }
}
