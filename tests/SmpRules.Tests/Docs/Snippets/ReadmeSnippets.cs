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
}
