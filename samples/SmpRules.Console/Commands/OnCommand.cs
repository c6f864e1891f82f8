using System.CommandLine;
using System.Globalization;
using NodaTime;
using SmpRules.Cli.Input;
using SmpRules.Cli.Output;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Commands;

/// <summary><c>on &lt;yyyy-MM-dd&gt;</c>: what applies on a local date.</summary>
internal static class OnCommand
{
    public static Command Create(SharedOptions options)
    {
        var date = new Argument<string>("date")
        {
            Description = "The local date in the plan's zone, as yyyy-MM-dd.",
            HelpName = "yyyy-MM-dd",
        };
        var command = new Command("on", "What applies on a local date in the plan's zone: every rule that applies or is suspended at some time of that date.");
        command.Arguments.Add(date);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var problems = new InputProblems();
            string text = result.GetValue(date)!;
            LocalDate? local = ValueParsers.Date(text, "date", problems);
            QueryInput input = QueryInput.Read(result, options, problems);
            CareSchedule schedule = input.Schedule;
            int courseDay = schedule.CourseDayOf(local!.Value);
            if (courseDay < -CareSchedule.MaxCourseDay || courseDay > CareSchedule.MaxCourseDay)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"The date {text} is too far from the first session; give a date within {CareSchedule.MaxCourseDay} days of {LocalText.Date(schedule.Plan.FirstSession.Date)}."));
                problems.ThrowIfAny();
            }

            return AdviceOutput.Write(result, input, AdviceQuery.ForDate(local.Value), schedule.On(local.Value));
        });
        return command;
    }
}
