using System.CommandLine;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Commands;

/// <summary><c>day &lt;N&gt;</c>: what applies on course day N.</summary>
internal static class DayCommand
{
    public static Command Create(SharedOptions options)
    {
        var day = new Argument<string>("N")
        {
            Description = "The course day: 0 is the first session's local date, 1 the day after; negative days lie before it.",
        };
        var command = new Command("day", "What applies on course day N (day 0 is the first session's local date).");
        command.Arguments.Add(day);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            int? n = ValueParsers.CourseDay(result.GetValue(day)!, problems);
            QueryInput input = QueryInput.Read(result, options, problems);
            CareSchedule schedule = input.Schedule;
            return AdviceOutput.Write(result, input, AdviceQuery.ForDay(n!.Value, schedule.DateOfCourseDay(n.Value)), schedule.OnCourseDay(n.Value));
        });
        return command;
    }
}
