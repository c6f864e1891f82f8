using System.Collections.Generic;
using SmpRules.Plans;

namespace SmpRules.Calendar;

/// <summary>
/// Gives every session of every revision of a plan an identity that survives the revisions: a session of the first
/// revision is <c>s1</c>, <c>s2</c>...; in each later revision a session at the same local time as one of the revision
/// before is that session, the sessions left over on both sides are paired in order (a moved session), and a session
/// left over after that is new (<c>s3r1</c>: number 3, added in revision 1).
/// </summary>
internal static class SessionLineage
{
    public static string[][] Of(IReadOnlyList<CarePlan> plans)
    {
        var result = new string[plans.Count][];
        for (int r = 0; r < plans.Count; r++)
        {
            var sessions = plans[r].Sessions;
            var names = new string[sessions.Length];
            if (r == 0)
            {
                for (int i = 0; i < names.Length; i++)
                {
                    names[i] = "s" + sessions[i].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                result[r] = names;
                continue;
            }

            var before = plans[r - 1].Sessions;
            string[] beforeNames = result[r - 1];
            var used = new bool[before.Length];
            for (int i = 0; i < sessions.Length; i++)
            {
                for (int j = 0; j < before.Length; j++)
                {
                    if (!used[j] && before[j].LocalDateTime == sessions[i].LocalDateTime)
                    {
                        used[j] = true;
                        names[i] = beforeNames[j];
                        break;
                    }
                }
            }

            int next = 0;
            for (int i = 0; i < sessions.Length; i++)
            {
                if (names[i] is not null)
                {
                    continue;
                }

                while (next < before.Length && used[next])
                {
                    next++;
                }

                if (next < before.Length)
                {
                    used[next] = true;
                    names[i] = beforeNames[next];
                }
                else
                {
                    names[i] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"s{sessions[i].Number}r{r}");
                }
            }

            result[r] = names;
        }

        return result;
    }
}
