#region faq-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/faq.md.</summary>
public static class FaqSnippets
{
    [Snippet("faq-moved-session")]
    public static void MovedSession()
    {
        #region faq-moved-session
        var planned = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0), new LocalDateTime(2026, 12, 1, 10, 0));
        var moved = planned.WithSessionMoved(2, new LocalDateTime(2026, 12, 8, 10, 0));

        foreach (var plan in new[] { planned, moved })
        {
            var sauna = StandardProtocol.Instance.Apply(plan).On(new LocalDate(2026, 11, 22)).Items
                .Single(item => item.RuleId == StandardProtocol.RuleIds.NoSaunaOrSteam);
            Console.WriteLine($"Session 2 on {plan.Sessions[1].Date:d MMMM}: no sauna until {sauna.Interval.End.InZone(plan.Zone):uuuu-MM-dd HH:mm}");
        }
        #endregion
    }
}
