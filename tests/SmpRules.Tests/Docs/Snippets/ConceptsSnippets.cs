#region concepts-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/concepts.md.</summary>
public static class ConceptsSnippets
{
    [Snippet("concepts-rule")]
    public static void Rule()
    {
        #region concepts-rule
        var noDirectSun = new CareRule
        {
            Id = "sun.no-direct-sun",
            Family = new CareFamily("sun-protection"),
            Directive = CareDirective.Avoid,
            Activities = [CareActivity.Sun],
            Window = CareWindow.Days(0, 29),
            Text = new CareText("Keep your scalp out of direct sun.")
                .WithTranslation("es", "No expongas el cuero cabelludo al sol directo."),
        };

        Console.WriteLine(noDirectSun);
        Console.WriteLine(noDirectSun.Window);
        Console.WriteLine(noDirectSun.Text.Resolve("es-AR"));
        #endregion
    }

    [Snippet("concepts-windows")]
    public static void Windows()
    {
        #region concepts-windows
        CareWindow[] windows =
        [
            CareWindow.Days(0, 4),                                        // the dry period, after every session
            CareWindow.Hours(0, 48),                                      // "48 hours": elapsed time
            CareWindow.DaysFrom(0, WindowAnchor.FirstSession),            // from the first session, for good
            CareWindow.Days(0, 28, WindowAnchor.FinalSession),            // 28 days after the final session
            CareWindow.Days(-2, -1),                                      // the two days before every session
            CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(-24), WindowEnd.Session), // the last 24 hours before
            CareWindow.DaysFrom(4).UntilNextSession(),                    // from day 4 until the next session
            CareWindow.Create(WindowAnchor.FirstSession, WindowStart.Day(0), WindowAnchor.FinalSession, WindowEnd.EndOfDay(30)), // no swimming
            CareWindow.Days(0, 3).AsMinimum(),                            // "keep it dry for at least 4 days"
        ];

        foreach (CareWindow window in windows)
        {
            Console.WriteLine(window);
        }
        #endregion
    }

    [Snippet("concepts-compose-windows")]
    public static void ComposeWindows()
    {
        #region concepts-compose-windows
        // No swimming from the first session until 28 days after the final one, whatever the gaps between sessions.
        CareWindow noSwimming = CareWindow.DaysFrom(0, WindowAnchor.FirstSession)
            .Except(CareWindow.DaysFrom(29, WindowAnchor.FinalSession));

        // Light exercise only: from day 4 to day 7, but never in the first 96 hours.
        CareWindow lightExercise = CareWindow.Days(4, 7).Except(CareWindow.Hours(0, 96));

        Console.WriteLine(noSwimming);
        Console.WriteLine(lightExercise);
        Console.WriteLine(CareWindow.Days(0, 4).ShiftDays(1));
        #endregion
    }

    [Snippet("concepts-anchors")]
    public static void Anchors()
    {
        #region concepts-anchors
        CarePlan plan = CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 11, 20, 10, 0),
            new LocalDateTime(2026, 12, 1, 10, 0));

        void Show(string name, CareWindow window)
        {
            CareProtocol protocol = new CareProtocolBuilder("demo")
                .Add(new CareRule
                {
                    Id = "demo.rule",
                    Family = new CareFamily("demo"),
                    Directive = CareDirective.Expect,
                    Window = window,
                    Text = "A demo.",
                })
                .Build();
            CareSchedule demo = protocol.Apply(plan);
            var stretches = new List<string>();
            foreach (CareAdvice segment in demo.Timeline().Where(s => s.Items.Length > 0))
            {
                // A stretch goes on across a handover: name every session that governs it.
                IEnumerable<int> sessions = plan.Sessions
                    .Where(s => segment.Interval.Contains(s.Instant))
                    .Select(s => demo.At(s.Instant).Items[0].Session.Number)
                    .Prepend(segment.Items[0].Session.Number)
                    .Distinct();
                string until = segment.Interval.HasEnd ? $"to {segment.Interval.End.InZone(plan.Zone):MM-dd HH:mm}" : "onwards";
                stretches.Add($"{segment.Interval.Start.InZone(plan.Zone):MM-dd HH:mm} {until} (session {string.Join(" then ", sessions)})");
            }

            Console.WriteLine($"{name}: {string.Join(", ", stretches)}");
        }

        Show("each session, days 0-4 ", CareWindow.Days(0, 4));
        Show("each session, days 0-14", CareWindow.Days(0, 14));
        Show("first session, days 0-4", CareWindow.Days(0, 4, WindowAnchor.FirstSession));
        Show("final session, days 0-4", CareWindow.Days(0, 4, WindowAnchor.FinalSession));
        Show("day 4 to next session  ", CareWindow.DaysFrom(4).UntilNextSession());
        #endregion
    }

    [Snippet("concepts-suspension")]
    public static void Suspension()
    {
        #region concepts-suspension
        CareRule moisturize = StandardProtocol.Instance.GetRule(StandardProtocol.RuleIds.Moisturize);
        Console.WriteLine($"{moisturize.Id} is suspended by {string.Join(", ", moisturize.SuspendedBy)}");

        CareSchedule schedule = StandardProtocol.Instance.Apply(
            CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));
        foreach (int day in new[] { 4, 5 })
        {
            CareAdviceItem item = schedule.OnCourseDay(day).Items.Single(i => i.RuleId == moisturize.Id);
            Console.WriteLine($"day {day}: {item.Status}, resumes at {item.ResumesAt?.ToString() ?? "-"}");
        }
        #endregion
    }

    [Snippet("concepts-conditions")]
    public static void Conditions()
    {
        #region concepts-conditions
        FactCondition veryFair = FactCondition.Equal("skin-type", "very-fair");

        CareRule shortSun = new()
        {
            Id = "sun.short-sun-very-fair",
            Family = new CareFamily("sun-protection"),
            Directive = CareDirective.Limit,
            Activities = [CareActivity.Sun],
            Window = CareWindow.Days(5, 5),
            Condition = veryFair,
            Text = "Today, at most 45 minutes of sun on your scalp.",
        };
        CareRule usualSun = shortSun with
        {
            Id = "sun.short-sun",
            Condition = !veryFair,
            Text = "Today, at most 60 minutes of sun on your scalp.",
        };

        CareProtocol clinic = StandardProtocol.Instance.With(shortSun).With(usualSun);
        var session = new LocalDateTime(2026, 11, 20, 10, 0);

        foreach (ClientFacts facts in new[] { ClientFacts.Empty.With("skin-type", "very-fair"), ClientFacts.Empty })
        {
            CarePlan clientPlan = CarePlan.Create("Europe/London", [session], facts);
            CareAdviceItem sun = clinic.Apply(clientPlan).OnCourseDay(5).Items.Single(i => i.Family.Name == "sun-protection");
            Console.WriteLine($"[{(facts.Count == 0 ? "no facts" : facts)}] {sun.GetText()}");
        }

        Console.WriteLine(FactCondition.Equal("skin-type", "very-fair", "fair") & !FactCondition.Present("scabs"));
        #endregion
    }

    [Snippet("concepts-compose-protocols")]
    public static void ComposeProtocols()
    {
        #region concepts-compose-protocols
        // A clinic that keeps the scalp dry for five days instead of four: one expression.
        CareProtocol fiveDryDays = StandardProtocol.Instance
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5));

        // Several changes at once, validated once, with a builder.
        CareProtocol adjusted = StandardProtocol.Instance.ToBuilder()
            .Update(StandardProtocol.RuleIds.KeepScalpDry, r => r with { Window = CareWindow.Days(0, 5) })
            .Update(StandardProtocol.RuleIds.NoSaunaOrSteam, r => r with { Window = CareWindow.Days(0, 28, WindowAnchor.FinalSession) })
            .Remove(StandardProtocol.RuleIds.LooseHat)
            .Build();

        Console.WriteLine(fiveDryDays.GetRule(StandardProtocol.RuleIds.KeepScalpDry).Window);
        Console.WriteLine(adjusted);
        Console.WriteLine(adjusted.GetRule(StandardProtocol.RuleIds.NoSaunaOrSteam).Window);
        Console.WriteLine(StandardProtocol.Instance); // unchanged: protocols are immutable
        #endregion
    }

    [Snippet("concepts-json")]
    public static void Json()
    {
        #region concepts-json
        CareProtocol fromJson = CareProtocolJson.Parse("""
            {
              "formatVersion": 1,
              "name": "Five dry days",
              "extends": "standard",
              "change": [
                { "id": "dry-period.keep-scalp-dry", "window": { "fromDay": 0, "toDay": 5 } }
              ]
            }
            """);
        CareProtocol inCSharp = StandardProtocol.Instance
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5));

        Console.WriteLine(fromJson);
        Console.WriteLine($"same rules as the C# version: {fromJson.Rules.SequenceEqual(inCSharp.Rules)}");
        #endregion
    }

    [Snippet("concepts-day-numbering")]
    public static void DisplayDays()
    {
        #region concepts-day-numbering
        CareProtocolBuilder builder = StandardProtocol.Instance.ToBuilder();
        builder.Name = "Day-one clinic";
        builder.DayNumbering = DayNumbering.SessionDayIsOne;
        CareProtocol dayOne = builder.Build();

        CareSchedule dayOneSchedule = dayOne.Apply(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));
        CareAdviceItem dry = dayOneSchedule.OnCourseDay(2).Items[0];
        Console.WriteLine($"SessionDay = {dry.SessionDay}; the clinic says day {dayOne.ToDisplayDay(dry.SessionDay)}");
        Console.WriteLine(dry.Explanation);
        #endregion
    }

    [Snippet("concepts-standard-rules")]
    public static void StandardRules()
    {
        #region concepts-standard-rules
        foreach (CareRule rule in StandardProtocol.Instance.Rules)
        {
            Console.WriteLine($"{rule.Id}: {rule.Text}");
        }
        #endregion
    }
}
