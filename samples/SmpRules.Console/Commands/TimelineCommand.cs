using System.CommandLine;
using System.Globalization;
using NodaTime;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Commands;

/// <summary><c>timeline [--from] [--to]</c>: every change of the course, with a chart.</summary>
internal static class TimelineCommand
{
    public static Command Create(SharedOptions options)
    {
        var from = new Option<string?>("--from")
        {
            Description = "The first local date of the range (yyyy-MM-dd). Default: the first change, at the first session.",
            HelpName = "yyyy-MM-dd",
        };
        var to = new Option<string?>("--to")
        {
            Description = "The last local date of the range, inclusive (yyyy-MM-dd). Default: the last change, at the end of the last finite window, then what stays for good.",
            HelpName = "yyyy-MM-dd",
        };
        var command = new Command("timeline", "Every change from the first session to the end of the last finite window (or the range asked), with a chart: one row per rule, one column per day.");
        command.Options.Add(from);
        command.Options.Add(to);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            LocalDate? first = result.GetValue(from) is { } fromText ? ValueParsers.Date(fromText, "--from date", problems) : null;
            LocalDate? last = result.GetValue(to) is { } toText ? ValueParsers.Date(toText, "--to date", problems) : null;
            if (first is { } a && last is { } b && a > b)
            {
                problems.Add($"The range is reversed: --from {LocalText.Date(a)} is after --to {LocalText.Date(b)}.");
            }

            QueryInput input = QueryInput.Read(result, options, problems);
            CareSchedule schedule = input.Schedule;
            foreach ((LocalDate? date, string name) in new[] { (first, "--from"), (last, "--to") })
            {
                if (date is { } d && System.Math.Abs((long)schedule.CourseDayOf(d)) > CareSchedule.MaxCourseDay)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"The {name} date {LocalText.Date(d)} is too far from the first session; give a date within {CareSchedule.MaxCourseDay} days of {LocalText.Date(schedule.Plan.FirstSession.Date)}."));
                }
            }

            problems.ThrowIfAny();
            Timeline timeline = Timeline.Create(schedule, first, last);
            if (input.Format == OutputFormat.Json)
            {
                Json.Write(result.InvocationConfiguration.Output, writer => CareAdviceJson.WriteTimeline(writer, schedule, timeline.Advice));
            }
            else
            {
                TimelineText.Write(result.InvocationConfiguration.Output, timeline);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
