using System.CommandLine;

namespace SmpRules.Cli.Input;

/// <summary>The options that every query command shares: the plan, the protocol, the client facts, the culture and the format.</summary>
internal sealed class SharedOptions
{
    public Option<string[]> Session { get; } = new("--session", "-s")
    {
        Description = "A treatment session, as a local date and time in the plan's zone (yyyy-MM-ddTHH:mm). Repeat for more sessions; at least one is needed.",
        HelpName = "yyyy-MM-ddTHH:mm",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Zone { get; } = new("--zone", "-z")
    {
        Description = "The plan's IANA time zone, such as Europe/London. Default: the system's time zone.",
        HelpName = "IANA id",
    };

    public Option<string?> Protocol { get; } = new("--protocol", "-p")
    {
        Description = "A protocol file (JSON). Default: the built-in Standard protocol.",
        HelpName = "file.json",
    };

    public Option<string[]> Fact { get; } = new("--fact", "-f")
    {
        Description = "A fact about the client that rules may depend on, as key=value (such as skin-type=very-fair). Repeatable.",
        HelpName = "key=value",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string> Culture { get; } = Culture_();

    public Option<string> Format { get; } = Format_();

    /// <summary>Adds the plan options, the culture and the format to a query command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Session);
        command.Options.Add(Zone);
        command.Options.Add(Protocol);
        command.Options.Add(Fact);
        command.Options.Add(Culture);
        command.Options.Add(Format);
    }

    internal static Option<string> Culture_() => new("--culture", "-c")
    {
        Description = "The language of the rules' texts and of dates in text output, such as en, es or es-MX.",
        HelpName = "name",
        DefaultValueFactory = _ => "en",
    };

    internal static Option<string> Format_() => new("--format")
    {
        Description = "The output format: text (for people) or json (the stable contract of docs/console.md).",
        HelpName = "text|json",
        DefaultValueFactory = _ => "text",
    };
}
