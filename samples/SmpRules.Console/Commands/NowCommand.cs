using System.CommandLine;
using NodaTime;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Commands;

/// <summary><c>now</c>: what applies now, by the clock the program was given.</summary>
internal static class NowCommand
{
    public static Command Create(SharedOptions options, IClock clock)
    {
        var command = new Command("now", "What applies now.");
        options.AddTo(command);
        command.SetAction(result =>
        {
            QueryInput input = QueryInput.Read(result, options, new InputProblems());
            CareAdvice advice = input.Schedule.Now(clock);
            return AdviceOutput.Write(result, input, AdviceQuery.ForNow(advice.Instant!.Value), advice);
        });
        return command;
    }
}
