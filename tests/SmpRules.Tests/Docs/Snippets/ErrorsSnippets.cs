#region errors-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/errors.md: every exception the library throws, with its message.</summary>
public static class ErrorsSnippets
{
    private static CareSchedule Schedule() =>
        StandardProtocol.Instance.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));

    [Snippet("errors-protocol")]
    public static void Protocol()
    {
        #region errors-protocol
        CareRule rinse = new()
        {
            Id = "hygiene.rinse-with-water",
            Family = CareFamily.Hygiene,
            Directive = CareDirective.Do,
            Activities = [CareActivity.Washing],
            Window = CareWindow.Days(4, 6),
            Text = "Rinse your scalp with water only.",
        };
        CareRule cleanser = rinse with
        {
            Id = "hygiene.gentle-cleanser",
            Window = CareWindow.Days(7, 3),                 // ends before it starts
            SuspendedBy = ["hygiene.rinse-with-wter"],     // a typo
            Text = "Use a gentle cleanser.",
        };

        try
        {
            CareProtocol broken = StandardProtocol.Instance.ToBuilder()
                .Add(rinse)
                .Add(cleanser)
                .Add(rinse)                                 // the same id twice
                .Build();
        }
        catch (CareProtocolException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine();
            foreach (ProtocolProblem problem in e.Problems)
            {
                Console.WriteLine($"{problem.Code}: rule {problem.RuleId}");
            }
        }
        #endregion
    }

    [Snippet("errors-protocol-json")]
    public static void ProtocolJson()
    {
        #region errors-protocol-json
        string json = """
            {
              "formatVersion": 1,
              "name": "Clinic",
              "extends": "standard",
              "rules": [
                { "id": "sun.no-direct-sun", "family": "sun-protection", "directive": "shun",
                  "activities": ["sun"], "window": { "fromDay": 0, "toDay": "four" }, "text": "Keep out of the sun." }
              ]
            }
            """;

        try
        {
            CareProtocolJson.Parse(json);
        }
        catch (CareProtocolException e)
        {
            Console.WriteLine(e.Message);
            Console.WriteLine();
            foreach (ProtocolProblem problem in e.Problems)
            {
                Console.WriteLine($"{problem.Code} at {problem.Path}, line {problem.Line}, column {problem.Column}");
            }
        }
        #endregion
    }

    [Snippet("errors-protocol-fixed")]
    public static void ProtocolFixed()
    {
        #region errors-protocol-fixed
        CareRule fixedRinse = new()
        {
            Id = "hygiene.rinse-with-water",
            Family = CareFamily.Hygiene,
            Directive = CareDirective.Do,
            Activities = [CareActivity.Washing],
            Window = CareWindow.Days(4, 6),
            SuspendedBy = [StandardProtocol.RuleIds.KeepScalpDry],   // the dry period comes first
            Text = "Rinse your scalp with water only.",
        };

        CareProtocol clinic = StandardProtocol.Instance.With(fixedRinse);
        Console.WriteLine(clinic);
        #endregion
    }

    [Snippet("errors-protocol-cycle")]
    public static void ProtocolCycle()
    {
        #region errors-protocol-cycle
        try
        {
            StandardProtocol.Instance.WithRule(
                StandardProtocol.RuleIds.KeepScalpDry,
                r => r with { SuspendedBy = [StandardProtocol.RuleIds.Moisturize] });
        }
        catch (CareProtocolException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("errors-protocol-unknown-rule")]
    public static void ProtocolUnknownRule()
    {
        #region errors-protocol-unknown-rule
        try
        {
            StandardProtocol.Instance.Without("hygiene.no-such-rule");
        }
        catch (CareProtocolException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            StandardProtocol.Instance.GetRule("hygiene.no-such-rule");
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("errors-protocol-rule-fields")]
    public static void ProtocolRuleFields()
    {
        #region errors-protocol-rule-fields
        CareRule incomplete = new()
        {
            Id = "Dry Period!",
            Family = default,
            Directive = (CareDirective)7,
            Activities = [default],
            Window = null!,
            Text = null!,
        };

        try
        {
            var nameless = new CareProtocolBuilder(" ") { DefaultLanguage = "english" };
            nameless.Add(incomplete with { SuspendedBy = ["Dry Period!"] }).Build();
        }
        catch (CareProtocolException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("errors-plan")]
    public static void Plan()
    {
        #region errors-plan
        try
        {
            CarePlan.Create("Europe/Londres", new LocalDateTime(2026, 11, 20, 10, 0));
        }
        catch (CarePlanException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            CarePlan.Create("Europe/London");
        }
        catch (CarePlanException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("errors-course-day")]
    public static void CourseDay()
    {
        #region errors-course-day
        CareSchedule schedule = StandardProtocol.Instance.Apply(
            CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));

        try
        {
            schedule.OnCourseDay(40_000);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            schedule.On(new LocalDate(2200, 1, 1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("errors-window-range")]
    public static void WindowRange()
    {
        #region errors-window-range
        try
        {
            CareWindow.Days(0, 40_000);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            CareWindow.Days(0, 4).ShiftHours(12);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }

    [Snippet("errors-arguments")]
    public static void Arguments()
    {
        CareSchedule schedule = Schedule();

        #region errors-arguments
        Action[] mistakes =
        [
            () => new CareFamily("Dry Period"),
            () => new CareActivity("sun_bathing"),
            () => new CareText("Keep dry.").WithTranslation("Spanish", "Mantén seco."),
            () => new CareText(" "),
            () => FactCondition.Equal("skin-type"),
            () => ClientFacts.Empty.With("skin-type", ""),
            () => schedule.Timeline(schedule.End!.Value, schedule.Start!.Value),
        ];

        foreach (Action mistake in mistakes)
        {
            try
            {
                mistake();
            }
            catch (ArgumentException e)
            {
                Console.WriteLine($"{e.GetType().Name}: {e.Message}");
            }
        }
        #endregion
    }

    [Snippet("errors-invalid-operation")]
    public static void InvalidOperation()
    {
        #region errors-invalid-operation
        CareProtocolBuilder builder = StandardProtocol.Instance.ToBuilder();
        builder.Build();
        try
        {
            builder.Remove(StandardProtocol.RuleIds.LooseHat);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }

        try
        {
            CareAdviceItem nothing = default;
            Console.WriteLine(nothing.RuleId);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        #endregion
    }
}
