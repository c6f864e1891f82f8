using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Tests.Support;

/// <summary>
/// A slow, direct reading of DOMAIN.md section 3, written apart from the library's compiler: at an instant, which session
/// of which rule's window covers it (the latest governs), and whether a rule that suspends it applies.
/// </summary>
internal sealed class Oracle
{
    private readonly CareProtocol _protocol;
    private readonly CarePlan _plan;

    internal Oracle(CareProtocol protocol, CarePlan plan)
    {
        _protocol = protocol;
        _plan = plan;
    }

    /// <summary>One expected item: rule, status, governing session number, suspender.</summary>
    internal readonly record struct Expected(string RuleId, CareStatus Status, int Session, string? SuspendedBy);

    internal List<Expected> At(Instant t)
    {
        var result = new List<Expected>();
        var memo = new Dictionary<string, Expected?>(StringComparer.Ordinal);
        foreach (CareRule rule in _protocol.Rules)
        {
            Expected? e = StatusOf(rule, t, memo);
            if (e is not null)
            {
                result.Add(e.Value);
            }
        }

        return result;
    }

    private Expected? StatusOf(CareRule rule, Instant t, Dictionary<string, Expected?> memo)
    {
        if (!memo.TryGetValue(rule.Id, out Expected? status))
        {
            status = memo[rule.Id] = Evaluate(rule, t, memo);
        }

        return status;
    }

    private Expected? Evaluate(CareRule rule, Instant t, Dictionary<string, Expected?> memo)
    {
        if (rule.Condition is not null && !rule.Condition.IsSatisfiedBy(_plan.Facts))
        {
            return null;
        }

        int? session = Covering(rule.Window, t);
        if (session is null)
        {
            return null;
        }

        foreach (string suspender in rule.SuspendedBy)
        {
            if (StatusOf(_protocol.GetRule(suspender), t, memo) is { Status: CareStatus.Applies })
            {
                return new Expected(rule.Id, CareStatus.Suspended, session.Value + 1, suspender);
            }
        }

        return new Expected(rule.Id, CareStatus.Applies, session.Value + 1, null);
    }

    /// <summary>The 0-based index of the session that governs a window at an instant, or null when it does not cover it.</summary>
    internal int? Covering(CareWindow window, Instant t)
    {
        switch (window)
        {
            case CombinedWindow c:
                int? left = Covering(c.Left, t);
                int? right = Covering(c.Right, t);
                return c.Operation switch
                {
                    WindowOperation.Union => left is null ? right : right is null ? left : Math.Max(left.Value, right.Value),
                    WindowOperation.Intersection => left is null || right is null ? null : Math.Max(left.Value, right.Value),
                    _ => right is null ? left : null,
                };

            case AnchoredWindow { IsMixed: true } m:
            {
                // One span: its start from the first session (the final one for a final-session start), its end from the
                // final session (the first one for a first-session end); the latest session begun by then governs.
                int count = _plan.Sessions.Length;
                int from = m.Anchor == WindowAnchor.FinalSession ? count - 1 : 0;
                int to = m.EndAnchor == WindowAnchor.FirstSession ? 0 : count - 1;
                if (t < StartOf(m.Start, from) || t >= EndOf(m.End, to)!.Value)
                {
                    return null;
                }

                int latest = from;
                for (int i = from; i < count; i++)
                {
                    if (_plan.Sessions[i].Instant <= t)
                    {
                        latest = i;
                    }
                }

                return latest;
            }

            case AnchoredWindow a:
                int n = _plan.Sessions.Length;
                IEnumerable<int> sessions = a.Anchor switch
                {
                    WindowAnchor.FirstSession => [0],
                    WindowAnchor.FinalSession => [n - 1],
                    _ => Enumerable.Range(0, n),
                };
                int? governing = null;
                foreach (int i in sessions)
                {
                    Instant start = StartOf(a.Start, i);
                    Instant? end = EndOf(a.End, i);
                    if (start <= t && (end is null || t < end.Value))
                    {
                        governing = i;
                    }
                }

                return governing;

            default:
                throw new InvalidOperationException("Unknown window type.");
        }
    }

    private Instant StartOf(WindowStart start, int i)
    {
        CareSession s = _plan.Sessions[i];
        if (start.Unit == WindowUnit.Hours)
        {
            return s.Instant + Duration.FromHours(start.Value);
        }

        return start.Value == 0 ? s.Instant : _plan.Zone.AtStartOfDay(s.Date.PlusDays(start.Value)).ToInstant();
    }

    private Instant? EndOf(WindowEnd end, int i)
    {
        CareSession s = _plan.Sessions[i];
        return end.Kind switch
        {
            WindowEndKind.EndOfDay => _plan.Zone.AtStartOfDay(s.Date.PlusDays(end.Value + 1)).ToInstant(),
            WindowEndKind.Hour => s.Instant + Duration.FromHours(end.Value),
            WindowEndKind.Session => s.Instant,
            WindowEndKind.NextSession => i + 1 < _plan.Sessions.Length ? _plan.Sessions[i + 1].Instant : null,
            _ => null,
        };
    }
}
