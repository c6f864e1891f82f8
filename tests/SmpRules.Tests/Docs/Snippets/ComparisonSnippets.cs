#region compare-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Timing;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/comparing-protocols.md.</summary>
public static class ComparisonSnippets
{
    [Snippet("compare-clinics")]
    public static void Clinics()
    {
        #region compare-clinics
        // A three-session course, 11 days apart, in London.
        var course = CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 11, 20, 10, 0),
            new LocalDateTime(2026, 12, 1, 10, 0),
            new LocalDateTime(2026, 12, 12, 10, 0));
        CareProtocol standard = CareProtocolJson.LoadFile("samples/protocols/standard.json");
        CareProtocol evoke = CareProtocolJson.LoadFile("samples/protocols/evoke-smp.json");

        ProtocolComparison comparison = ProtocolComparison.Of(standard, evoke, course);
        Console.WriteLine(comparison);
        foreach (ProtocolDifference difference in comparison.Differences.Where(d => d.Subject.Name == "washing"))
        {
            Console.WriteLine(difference.Sentence);
        }
        #endregion
    }

    [Snippet("compare-days")]
    public static void Days()
    {
        var course = CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 11, 20, 10, 0),
            new LocalDateTime(2026, 12, 1, 10, 0),
            new LocalDateTime(2026, 12, 12, 10, 0));
        ProtocolComparison comparison = ProtocolComparison.Of(
            CareProtocolJson.LoadFile("samples/protocols/standard.json"), CareProtocolJson.LoadFile("samples/protocols/evoke-smp.json"), course);
        #region compare-days
        // Day by day: what each says about washing, and whether it is the same all day.
        foreach (ComparisonDay day in comparison.Days(new LocalDate(2026, 11, 21), new LocalDate(2026, 11, 26)))
        {
            ComparisonCell washing = day.Cells.Single(c => c.Subject.Name == "washing");
            string first = string.Join(" then ", washing.Left.Select(v => v.Summary));
            string second = string.Join(" then ", washing.Right.Select(v => v.Summary));
            Console.WriteLine($"{day.Date:uuuu-MM-dd} (session {day.Session.Number}, day {day.SessionDay}): {first} / {second}{(washing.IsSame ? "" : "  <- differs")}");
        }
        #endregion
    }

    [Snippet("compare-versions")]
    public static void Versions()
    {
        #region compare-versions
        // The clinic's next version: a dry period of four days instead of five, and the hat advice reworded.
        CareProtocol current = StandardProtocol.Instance;
        CareProtocol next = current
            .WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 3))
            .WithRule(StandardProtocol.RuleIds.LooseHat, rule => rule with { Text = "Wear only a loose, soft hat while your scalp heals." });

        var oneSession = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        foreach (ProtocolDifference difference in ProtocolComparison.Of(current, next, oneSession).Differences)
        {
            Console.WriteLine(difference.Sentence);
        }
        #endregion
    }
}
