using System.CommandLine;
using NodaTime;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;

namespace SmpRules.Cli.Commands;

/// <summary><c>at &lt;instant&gt;</c>: what applies at an instant.</summary>
internal static class AtCommand
{
    public static Command Create(SharedOptions options)
    {
        var at = new Argument<string>("instant")
        {
            Description = "The instant: UTC (2026-11-22T10:00:00Z), with an offset (2026-11-22T11:00+01:00), or local to the plan's zone (2026-11-22T10:00).",
        };
        var command = new Command("at", "What applies at an instant.");
        command.Arguments.Add(at);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            InstantInput? given = ValueParsers.Instant(result.GetValue(at)!, problems);
            Instant? instant = null;
            QueryInput input = QueryInput.Read(result, options, problems, zone => instant = given?.Resolve(zone, problems));
            return AdviceOutput.Write(result, input, AdviceQuery.ForInstant(instant!.Value), input.Schedule.At(instant.Value));
        });
        return command;
    }
}
