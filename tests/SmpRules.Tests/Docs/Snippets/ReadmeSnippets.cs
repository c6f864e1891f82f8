#region readme-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of README.md.</summary>
public static class ReadmeSnippets
{
    [Snippet("readme-ten-lines")]
    public static void TenLines()
    {
        #region readme-ten-lines
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        var schedule = StandardProtocol.Instance.Apply(plan);

        foreach (var item in schedule.OnCourseDay(2).Items)
            Console.WriteLine($"{item.RuleId}: {item.Status}. {item.Explanation}");
        #endregion
    }

    [Snippet("readme-at-an-instant")]
    public static void AtAnInstant()
    {
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));

        #region readme-at-an-instant
        // A web request: the client's zone, sessions and an instant (here 22 November, 18:30 UTC).
        var answer = StandardProtocol.Instance.Apply(plan).At(Instant.FromUtc(2026, 11, 22, 18, 30));

        Console.WriteLine($"Course day {answer.CourseDay}: {answer.Applying.Length} apply, {answer.Suspended.Length} suspended.");
        Console.WriteLine(answer.Applies(StandardProtocol.RuleIds.KeepScalpDry) ? "Keep your scalp dry." : "You may wash.");
        #endregion
    }
}
