using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using NodaTime;
using SmpRules.Calendar;
using SmpRules.Plans;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Input;

/// <summary>The option of <c>calendar</c> and <c>changes</c> that gives the plan as the client had it before a revision.</summary>
internal sealed class RevisionOptions
{
    public Option<string[]> WasSession { get; } = new("--was-session")
    {
        Description = "A session of the plan as the client had it before this revision (same zone, protocol and facts). Repeat for each; "
            + "then stretches keep their identity across the revision: calendar cancels what is gone and raises SEQUENCE on what moved, changes tells what is different.",
        HelpName = "yyyy-MM-ddTHH:mm",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command) => command.Options.Add(WasSession);

    /// <summary>Reads the earlier plan's sessions; null when none were given.</summary>
    public List<LocalDateTime>? ReadSessions(ParseResult result, InputProblems problems)
    {
        string[] texts = result.GetValue(WasSession) ?? [];
        if (texts.Length == 0)
        {
            return null;
        }

        var sessions = new List<LocalDateTime>();
        foreach (string text in texts)
        {
            if (ValueParsers.Session(text, problems) is { } session)
            {
                sessions.Add(session);
            }
        }

        return sessions.Count == texts.Length ? sessions : null;
    }

    /// <summary>The history: the earlier plan (when given) and the current one, with the same protocol, zone and facts.</summary>
    public static CareRevisions History(CareSchedule current, List<LocalDateTime>? was, InputProblems problems)
    {
        if (was is null)
        {
            return CareRevisions.Of(current);
        }

        try
        {
            CarePlan before = CarePlan.Create(current.Zone, was, current.Plan.Facts);
            return CareRevisions.Of(current.Protocol.Apply(before), current);
        }
        catch (CarePlanException e)
        {
            problems.AddRange(e.Problems.Select(p => "--was-session: " + p));
            problems.ThrowIfAny();
            throw;
        }
    }
}
