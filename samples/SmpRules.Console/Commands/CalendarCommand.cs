using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using SmpRules.Calendar;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Rules;

namespace SmpRules.Cli.Commands;

/// <summary><c>calendar [--out file]</c>: the plan as iCalendar, one event per stretch of a rule.</summary>
internal static partial class CalendarCommand
{
    public static Command Create(SharedOptions options, IClock clock)
    {
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The .ics file to write. Default: the iCalendar text goes to standard output (with --format text).",
            HelpName = "file.ics",
        };
        var remind = new Option<string[]>("--remind")
        {
            Description = "Add a reminder before each stretch in which a rule of this directive starts or resumes to apply: do, avoid, limit or expect. Repeatable.",
            HelpName = "directive",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var before = new Option<string>("--remind-before")
        {
            Description = "How long before the change a reminder comes, in hours or minutes, such as 12h or 90m.",
            HelpName = "duration",
            DefaultValueFactory = _ => "12h",
        };
        var calendarId = new Option<string?>("--calendar-id")
        {
            Description = "The client's calendar identity, the end of every UID (such as a client number). Default: a hash of the first plan.",
            HelpName = "id",
        };
        var noSuspended = new Option<bool>("--no-suspended")
        {
            Description = "Leave out the stretches in which a rule is suspended (\"Paused: ...\").",
        };
        var revisions = new RevisionOptions();
        var command = new Command("calendar", "The plan as an iCalendar file (RFC 5545) for the client's calendar app: one event per stretch of a rule, all-day or timed, with stable UIDs.");
        command.Options.Add(output);
        command.Options.Add(remind);
        command.Options.Add(before);
        command.Options.Add(calendarId);
        command.Options.Add(noSuspended);
        revisions.AddTo(command);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            var directives = new List<CareDirective>();
            foreach (string text in result.GetValue(remind) ?? [])
            {
                if (Enum.TryParse(text, ignoreCase: true, out CareDirective directive) && Enum.IsDefined(directive) && !char.IsDigit(text.Trim()[0]))
                {
                    directives.Add(directive);
                }
                else
                {
                    problems.Add($"The --remind directive '{text}' is not one of do, avoid, limit or expect.");
                }
            }

            Duration? lead = Lead(result.GetValue(before) ?? "12h", problems);
            string? id = result.GetValue(calendarId);
            if (id is not null && !CareCalendarOptions.IsValidCalendarId(id))
            {
                problems.Add($"The --calendar-id '{id}' must be 1 to 64 ASCII letters, digits, '.', '-' or '_', such as client-1042.");
            }

            List<LocalDateTime>? was = revisions.ReadSessions(result, problems);
            QueryInput input = QueryInput.Read(result, options, problems);
            CareRevisions history = RevisionOptions.History(input.Schedule, was, problems);
            var calendarOptions = new CareCalendarOptions
            {
                Culture = input.Culture.Name,
                CalendarId = id,
                RemindFor = [.. directives.Distinct()],
                RemindBefore = lead!.Value,
                IncludeSuspended = !result.GetValue(noSuspended),
            };
            ImmutableArray<CareCalendarEvent> events = CareCalendar.Events(history, calendarOptions);
            string ics = CareCalendar.Write(history, clock, calendarOptions);
            string? path = result.GetValue(output);
            TextWriter stdout = result.InvocationConfiguration.Output;
            if (path is not null)
            {
                try
                {
                    File.WriteAllText(path, ics, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    throw new BadInputException([$"Cannot write the calendar to '{path}': {e.Message}"]);
                }
            }

            if (input.Format == OutputFormat.Json)
            {
                Json.Write(stdout, writer => WriteJson(writer, path, history, events));
            }
            else if (path is null)
            {
                stdout.Write(ics);
            }
            else
            {
                int cancelled = events.Count(e => e.IsCancelled);
                int reminders = events.Count(e => e.RemindAt is not null && !e.IsCancelled);
                stdout.WriteLine($"Wrote {events.Length} events ({events.Length - cancelled} current, {cancelled} cancelled; {reminders} with a reminder) to {path}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, string? path, CareRevisions history, ImmutableArray<CareCalendarEvent> events)
    {
        writer.WriteStartObject();
        if (path is null)
        {
            writer.WriteNull("file");
        }
        else
        {
            writer.WriteString("file", path);
        }

        writer.WriteString("zone", history.Current.Zone.Id);
        writer.WriteStartArray("events");
        foreach (CareCalendarEvent e in events)
        {
            writer.WriteStartObject();
            writer.WriteString("uid", e.Uid);
            writer.WriteNumber("sequence", e.Sequence);
            writer.WriteBoolean("cancelled", e.IsCancelled);
            writer.WriteString("rule", e.Stretch.RuleId);
            writer.WriteString("status", e.Stretch.Status == Scheduling.CareStatus.Applies ? "applies" : "suspended");
            writer.WriteInstant("start", e.Stretch.Start);
            writer.WriteInstant("end", e.Stretch.End);
            writer.WriteBoolean("allDay", e.IsAllDay);
            writer.WriteString("summary", e.Summary);
            writer.WriteInstant("remindAt", e.IsCancelled ? null : e.RemindAt);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Duration? Lead(string text, InputProblems problems)
    {
        Match match = LeadPattern().Match(text.Trim());
        if (match.Success && int.TryParse(match.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n <= 24 * 60 * 7)
        {
            return match.Groups["unit"].Value == "h" ? Duration.FromHours(n) : Duration.FromMinutes(n);
        }

        problems.Add($"The --remind-before '{text}' is not a duration in hours or minutes up to a week, such as 12h or 90m.");
        return Duration.Zero;
    }

    [GeneratedRegex("^(?<n>[0-9]{1,6})(?<unit>[hm])$")]
    private static partial Regex LeadPattern();
}
