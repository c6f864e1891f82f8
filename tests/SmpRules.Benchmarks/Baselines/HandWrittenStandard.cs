using System.Collections.Immutable;
using NodaTime;
using SmpRules.Benchmarks.Answers;
using SmpRules.Plans;

namespace SmpRules.Benchmarks.Baselines;

/// <summary>
/// The floor: one C# function that answers the Standard protocol's question for a plan and an instant directly, with
/// NodaTime and if/else over the sessions (DOMAIN.md sections 3 and 4 written out by hand).
/// </summary>
public static class HandWrittenStandard
{
    private const int DryPeriodLastDay = 4;
    private const int HealingPhaseLastDay = 28;

    /// <summary>Answers for a plan that is already built (zone, sessions mapped to instants and sorted).</summary>
    public static RuleVerdict[] Answer(CarePlan plan, Instant instant)
    {
        ImmutableArray<CareSession> sessions = plan.Sessions;
        var answer = new RuleVerdict[StandardAnswer.RuleCount];

        // Every Standard window starts at a session; the latest session at or before the instant governs.
        int lo = 0, hi = sessions.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (sessions[mid].Instant <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo == 0)
        {
            return answer;
        }

        CareSession latest = sessions[lo - 1];
        int day = Period.DaysBetween(latest.Date, instant.InZone(plan.Zone).Date);
        return Fill(answer, day, latest.Number);
    }

    /// <summary>
    /// Answers from the raw inputs of a request: a zone, the sessions' local times (sorted, none in a DST gap, no two at
    /// one instant) and an instant. Maps each local time itself (an ambiguous one to its earlier instant).
    /// </summary>
    public static RuleVerdict[] Answer(DateTimeZone zone, LocalDateTime[] sessions, Instant instant)
    {
        var answer = new RuleVerdict[StandardAnswer.RuleCount];
        int latest = -1;
        for (int i = sessions.Length - 1; i >= 0; i--)
        {
            if (zone.AtLeniently(sessions[i]).ToInstant() <= instant)
            {
                latest = i;
                break;
            }
        }

        if (latest < 0)
        {
            return answer;
        }

        int day = Period.DaysBetween(sessions[latest].Date, instant.InZone(zone).Date);
        return Fill(answer, day, latest + 1);
    }

    private static RuleVerdict[] Fill(RuleVerdict[] answer, int day, int session)
    {
        bool dry = day <= DryPeriodLastDay;
        if (dry)
        {
            answer[0] = RuleVerdict.Applies(session);
            answer[1] = RuleVerdict.Applies(session);
        }

        if (day <= HealingPhaseLastDay)
        {
            answer[2] = RuleVerdict.Applies(session);
            answer[5] = RuleVerdict.Applies(session);
            answer[6] = dry ? RuleVerdict.Suspended(session) : RuleVerdict.Applies(session);
        }

        // Shampoo and moisturizer run from the first session for good, except in a dry period.
        answer[3] = dry ? RuleVerdict.Suspended(1) : RuleVerdict.Applies(1);
        answer[4] = answer[3];
        return answer;
    }
}
