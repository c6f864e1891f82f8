using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;

namespace SmpRules.Cli.Commands;

/// <summary>Adds an "Examples:" section to the help of every command that has examples.</summary>
internal sealed class Examples : SynchronousCommandLineAction
{
    private readonly HelpAction _help;
    private readonly Dictionary<Command, string[]> _examples;

    private Examples(HelpAction help, Dictionary<Command, string[]> examples)
    {
        _help = help;
        _examples = examples;
    }

    public override bool ClearsParseErrors => true;

    /// <summary>Replaces the root command's help action with one that also prints each command's examples.</summary>
    public static void AddTo(RootCommand root, Dictionary<Command, string[]> examples)
    {
        foreach (Option option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction action)
            {
                help.Action = new Examples(action, examples);
            }
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        int code = _help.Invoke(parseResult);
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out string[]? lines))
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (string line in lines)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        return code;
    }
}
