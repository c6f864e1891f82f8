#region architecture-usings
using NodaTime;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/architecture.md.</summary>
public static class ArchitectureSnippets
{
    [Snippet("architecture-transitions")]
    public static void Transitions()
    {
        #region architecture-transitions
        CarePlan plan = CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 11, 20, 10, 0),
            new LocalDateTime(2026, 12, 1, 10, 0));
        CareSchedule schedule = StandardProtocol.Instance.Apply(plan);

        foreach (Instant t in schedule.Transitions)
        {
            CareAdvice advice = schedule.At(t);
            Console.WriteLine($"{t.InZone(plan.Zone):uuuu-MM-dd HH:mm}  {advice.Applying.Length} apply, {advice.Suspended.Length} suspended");
        }
        #endregion
    }

    [Snippet("architecture-no-allocation")]
    public static void NoAllocation()
    {
        // The schedule of architecture-transitions, just above on the page.
        CareSchedule schedule = StandardProtocol.Instance.Apply(CarePlan.Create(
            "Europe/London",
            new LocalDateTime(2026, 11, 20, 10, 0),
            new LocalDateTime(2026, 12, 1, 10, 0)));

        #region architecture-no-allocation
        Instant start = schedule.Start!.Value;
        int Count(int hours)
        {
            int applying = 0;
            for (int h = 0; h < hours; h++)
            {
                foreach (CareAdviceItem item in schedule.EnumerateAt(start + Duration.FromHours(h)))
                {
                    applying += item.Status == CareStatus.Applies ? 1 : 0;
                }
            }

            return applying;
        }

        Count(24 * 60); // warm up: the first pass fills NodaTime's time zone cache
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = Count(24 * 60);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{24 * 60} lookups, {total} applying items, {allocated} bytes allocated");
        #endregion
    }
}
