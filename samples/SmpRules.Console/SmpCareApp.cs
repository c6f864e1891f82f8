using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using NodaTime;
using SmpRules.Cli.Commands;
using SmpRules.Cli.Input;

namespace SmpRules.Cli;

/// <summary>The smp-care program: its commands, and how every outcome becomes an exit code.</summary>
internal static class SmpCareApp
{
    private const string Plan = "--zone Europe/London --session 2026-11-20T10:00";

    /// <summary>Runs a command line; never throws, and never shows a stack trace.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where answers and help go.</param>
    /// <param name="error">Where problems go, one line each.</param>
    /// <param name="clock">The clock <c>now</c> reads: the system clock at the program's edge.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock)
    {
        try
        {
            RootCommand root = CreateRoot(clock);
            ParseResult result = root.Parse(args);
            if (result.Action is ParseErrorAction)
            {
                foreach (System.CommandLine.Parsing.ParseError problem in result.Errors)
                {
                    error.WriteLine("error: " + problem.Message);
                }

                error.WriteLine($"Run 'smp-care {Path(result.CommandResult.Command)}--help' for usage and examples.");
                return ExitCodes.BadInput;
            }

            return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (BadInputException e)
        {
            foreach (string problem in e.Problems)
            {
                error.WriteLine("error: " + problem);
            }

            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            error.WriteLine($"error: something unexpected went wrong ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Unexpected;
        }
    }

    private static string Path(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents is { } parents ? FirstCommand(parents) : null)
        {
            names.Insert(0, c.Name);
        }

        return names.Count == 0 ? string.Empty : string.Join(' ', names) + " ";
    }

    private static Command? FirstCommand(IEnumerable<System.CommandLine.Symbol> parents)
    {
        foreach (System.CommandLine.Symbol parent in parents)
        {
            if (parent is Command command)
            {
                return command;
            }
        }

        return null;
    }

    private static RootCommand CreateRoot(IClock clock)
    {
        var options = new SharedOptions();
        Command day = DayCommand.Create(options);
        Command on = OnCommand.Create(options);
        Command at = AtCommand.Create(options);
        Command now = NowCommand.Create(options, clock);
        Command timeline = TimelineCommand.Create(options);
        Command calendar = CalendarCommand.Create(options, clock);
        Command changes = ChangesCommand.Create(options, clock);
        Command compare = CompareCommand.Create(options);
        Command protocol = ProtocolCommand.Create(out Command show, out Command validate);
        var root = new RootCommand(
            "smp-care: what applies on each day of a scalp micropigmentation (SMP) aftercare course. "
            + "Give the plan with --session (and --zone), then ask about a course day, a date, an instant, now, or the whole timeline; "
            + "export it to a calendar, list the changes to tell the client, or compare two protocols.")
        {
            day, on, at, now, timeline, calendar, changes, compare, protocol,
        };
        Examples.AddTo(root, new Dictionary<Command, string[]>
        {
            [root] =
            [
                $"smp-care day 2 {Plan}",
                $"smp-care on 2026-12-03 {Plan} --session 2026-12-01T10:00 --format json",
                $"smp-care day 2 --help",
            ],
            [day] =
            [
                $"smp-care day 2 {Plan}",
                $"smp-care day 5 {Plan} --culture es",
                $"smp-care day 2 {Plan} --format json",
                $"smp-care day 2 {Plan} --protocol my-clinic.json --fact skin-type=very-fair",
            ],
            [on] =
            [
                $"smp-care on 2026-11-22 {Plan}",
                $"smp-care on 2026-12-03 {Plan} --session 2026-12-01T10:00 --format json",
            ],
            [at] =
            [
                $"smp-care at 2026-11-22T10:00:00Z {Plan}",
                $"smp-care at 2026-11-22T11:00+01:00 {Plan}",
                $"smp-care at 2026-11-22T10:00 {Plan} --format json   (local to the plan's zone)",
            ],
            [now] =
            [
                $"smp-care now {Plan}",
                "smp-care now --session 2026-11-20T10:00 --format json   (in the system's time zone)",
            ],
            [timeline] =
            [
                $"smp-care timeline {Plan}",
                $"smp-care timeline {Plan} --session 2026-12-01T10:00 --from 2026-11-28 --to 2026-12-08",
                $"smp-care timeline {Plan} --format json",
            ],
            [calendar] =
            [
                $"smp-care calendar --out plan.ics {Plan} --session 2026-12-01T10:00",
                $"smp-care calendar --out plan.ics {Plan} --remind do --remind-before 6h --culture es",
                $"smp-care calendar --out plan.ics {Plan} --session 2026-12-08T10:00 --was-session 2026-11-20T10:00 --was-session 2026-12-01T10:00",
            ],
            [changes] =
            [
                $"smp-care changes --from 2026-11-24 --to 2026-11-26 {Plan}",
                $"smp-care changes {Plan} --culture es --format json",
                $"smp-care changes --from 2026-11-22T12:00 {Plan} --session 2026-12-08T10:00 --was-session 2026-11-20T10:00 --was-session 2026-12-01T10:00",
            ],
            [compare] =
            [
                "smp-care compare samples/protocols/standard.json samples/protocols/evoke-smp.json --zone Europe/London --session 2026-11-20T10:00",
                "smp-care compare standard my-clinic.json --zone Europe/London --session 2026-11-20T10:00 --from 2026-11-20 --to 2026-11-30",
                "smp-care compare my-clinic-v1.json my-clinic-v2.json --zone Europe/London --session 2026-11-20T10:00 --format json",
            ],
            [protocol] =
            [
                "smp-care protocol show",
                "smp-care protocol validate my-clinic.json",
            ],
            [show] =
            [
                "smp-care protocol show --culture es",
                "smp-care protocol show samples/protocols/evoke-smp.json   (from the repository's folder)",
                "smp-care protocol show --format json > my-clinic.json   (a starting point for a clinic's own protocol)",
            ],
            [validate] =
            [
                "smp-care protocol validate my-clinic.json",
            ],
        });
        return root;
    }
}
