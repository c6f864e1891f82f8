using System.Linq;
using System.CommandLine;
using System.Globalization;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;

namespace SmpRules.Cli.Commands;

/// <summary><c>protocol show [&lt;file&gt;]</c> and <c>protocol validate &lt;file&gt;</c>.</summary>
internal static class ProtocolCommand
{
    public static Command Create(out Command show, out Command validate)
    {
        show = CreateShow();
        validate = CreateValidate();
        return new Command("protocol", "Show or validate a protocol: the built-in Standard protocol, or a clinic's JSON file.")
        {
            show,
            validate,
        };
    }

    private static Command CreateShow()
    {
        var file = new Argument<string?>("file")
        {
            Description = "A protocol file (JSON). Default: the built-in Standard protocol.",
            HelpName = "file.json",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Option<string> culture = SharedOptions.Culture_();
        Option<string> format = SharedOptions.Format_();
        culture.Description = "The language of the rules' texts, such as en, es or es-MX.";
        format.Description = "The output format: text (for people) or json (the protocol as a JSON document, ready for --protocol).";
        var command = new Command("show", "Show a protocol's rules: windows, precedence, conditions and texts.")
        {
            file,
            culture,
            format,
        };
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            OutputFormat? outputFormat = ValueParsers.Format(result.GetValue(format) ?? "text", problems);
            CultureInfo? outputCulture = ValueParsers.Culture(result.GetValue(culture) ?? "en", problems);
            CareProtocol? protocol = ProtocolFiles.LoadOrStandard(result.GetValue(file), problems);
            problems.ThrowIfAny();
            if (outputFormat == OutputFormat.Json)
            {
                result.InvocationConfiguration.Output.WriteLine(CareProtocolJson.Serialize(protocol!).TrimEnd());
            }
            else
            {
                ProtocolText.Write(result.InvocationConfiguration.Output, protocol!, outputCulture!);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateValidate()
    {
        var file = new Argument<string>("file")
        {
            Description = "The protocol file (JSON) to check.",
            HelpName = "file.json",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Fail (exit 2) on warnings too: a rule that never applies, a suspension that never takes effect, a missing translation, an unused declared family or activity.",
        };
        var command = new Command("validate", "Check a protocol file: exit 0 if it is valid (with its warnings, if any), or exit 2 with every problem, each with its line and column.")
        {
            file,
            strict,
        };
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            string path = result.GetValue(file)!;
            CareProtocol? protocol = ProtocolFiles.Load(path, problems);
            problems.ThrowIfAny();
            var warnings = protocol!.Warnings;
            if (result.GetValue(strict) && !warnings.IsEmpty)
            {
                throw new BadInputException([.. warnings.Select(w => $"{path}: {w} (a warning; --strict fails on it)")]);
            }

            var output = result.InvocationConfiguration.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: the protocol '{protocol.Name}' is valid ({protocol.Rules.Length} rules{(warnings.IsEmpty ? string.Empty : $", {warnings.Length} {(warnings.Length == 1 ? "warning" : "warnings")}")})."));
            foreach (ProtocolProblem warning in warnings)
            {
                output.WriteLine($"warning: {warning}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
