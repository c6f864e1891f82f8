using NodaTime;
using SmpRules.Plans;

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/contributing.md, which show how a snippet is made.</summary>
public static class ContributingSnippets
{
    #region contributing-snippet-method
    [Snippet("contributing-first-plan")]
    public static void FirstPlan()
    {
        #region contributing-first-plan
        var plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));
        Console.WriteLine(plan);
        #endregion
    }
    #endregion
}
