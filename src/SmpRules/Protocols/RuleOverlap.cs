using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using SmpRules.Plans;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Protocols;

/// <summary>
/// Decides whether two windows (and two fact conditions) can hold at one instant for some plan, and finds an example.
/// </summary>
/// <remarks>
/// <para>Whether two windows meet depends on the plan only through how its sessions lie relative to each other (and,
/// where day and hour bounds mix, on the length of local days). For day bounds, the answer for a gap between two
/// sessions changes only where a bound of one session's window reaches a bound of another's: at the differences of
/// the windows' day bounds. So the search tries one, two and three sessions whose gaps are those differences and the
/// days either side of them (a later session can start on any day of an earlier one's window that matters), at times
/// of day that move a session to either end of its day when hour bounds are involved, and, then, in a zone whose
/// clocks go forward or back on each of the days that matter. A pair it cannot make meet is accepted; the property
/// test RuleOverlapTests checks it against brute force over random protocols and plans.</para>
/// </remarks>
internal static class RuleOverlap
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;
    private static readonly LocalDate Base = new(2026, 6, 1);
    private static readonly LocalDate SpringForward = new(2026, 3, 29);
    private static readonly LocalDate FallBack = new(2026, 10, 25);

    /// <summary>A plan and an instant at which two windows both apply, with facts under which both conditions hold.</summary>
    internal sealed record Meeting(CarePlan Plan, Instant At, ClientFacts Facts, bool ShowTimes);

    /// <summary>Finds a plan and an instant at which both rules' windows cover and both conditions hold, or <see langword="null"/>.</summary>
    internal static Meeting? Find(CareWindow a, FactCondition? conditionA, CareWindow b, FactCondition? conditionB)
    {
        if (JointFacts(conditionA, conditionB) is not { } facts)
        {
            return null;
        }

        bool hours = HasHours(a) || HasHours(b);
        foreach (CarePlan plan in CandidatePlans([a, b]))
        {
            var context = new PlanContext(plan);
            List<Piece> left = a.Evaluate(context);
            if (left.Count == 0)
            {
                continue;
            }

            List<Piece> right = b.Evaluate(context);
            int i = 0, j = 0;
            while (i < left.Count && j < right.Count)
            {
                Instant start = left[i].Start > right[j].Start ? left[i].Start : right[j].Start;
                Instant end = left[i].End < right[j].End ? left[i].End : right[j].End;
                if (start < end)
                {
                    return new Meeting(plan.WithFacts(facts), start, facts, hours);
                }

                if (left[i].End < right[j].End)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        return null;
    }

    /// <summary>Finds a plan on which a window covers some instant (and facts under which a condition holds), or <see langword="null"/> when it never can.</summary>
    internal static Meeting? FindApplying(CareWindow window, FactCondition? condition)
    {
        if (JointFacts(condition, null) is not { } facts)
        {
            return null;
        }

        foreach (CarePlan plan in CandidatePlans([window]))
        {
            List<Piece> pieces = window.Evaluate(new PlanContext(plan));
            if (pieces.Count > 0)
            {
                return new Meeting(plan.WithFacts(facts), pieces[0].Start, facts, HasHours(window));
            }
        }

        return null;
    }

    /// <summary>
    /// Facts under which both conditions hold, or <see langword="null"/> when none can: every assignment of the facts
    /// they name to a value they name, another value, or no value is tried (up to 4,096 of them; beyond that the
    /// conditions are taken to be able to hold together).
    /// </summary>
    internal static ClientFacts? JointFacts(FactCondition? a, FactCondition? b)
    {
        if (a is null && b is null)
        {
            return ClientFacts.Empty;
        }

        var values = new SortedDictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        Collect(a, values);
        Collect(b, values);
        string[] names = [.. values.Keys];
        var choices = names.Select(n => (string?[])[null, "\u2063other", .. values[n]]).ToArray();
        long total = choices.Aggregate(1L, (product, c) => product * c.Length);
        if (total > 4096)
        {
            return ClientFacts.Empty;
        }

        var index = new int[names.Length];
        for (long n = 0; n < total; n++)
        {
            var facts = new List<KeyValuePair<string, string>>(names.Length);
            for (int k = 0; k < names.Length; k++)
            {
                if (choices[k][index[k]] is { } value)
                {
                    facts.Add(new(names[k], value));
                }
            }

            ClientFacts candidate = ClientFacts.Create(facts);
            if ((a is null || a.IsSatisfiedBy(candidate)) && (b is null || b.IsSatisfiedBy(candidate)))
            {
                return candidate;
            }

            for (int k = 0; k < names.Length && ++index[k] == choices[k].Length; k++)
            {
                index[k] = 0;
            }
        }

        return null;
    }

    /// <summary>Says where a meeting is, such as <c>with session 2 on day 8 of session 1, at 00:00 on day 9 of session 1 (day 1 of session 2)</c>.</summary>
    internal static string Describe(Meeting meeting)
    {
        CarePlan plan = meeting.Plan;
        var text = new StringBuilder();
        LocalDate first = plan.FirstSession.Date;
        if (plan.Sessions.Length == 1)
        {
            text.Append("with one session");
            if (meeting.ShowTimes)
            {
                text.Append(CultureInfo.InvariantCulture, $" at {Time(plan.FirstSession.LocalDateTime.TimeOfDay)}");
            }
        }
        else
        {
            text.Append("with ");
            for (int k = 1; k < plan.Sessions.Length; k++)
            {
                CareSession s = plan.Sessions[k];
                text.Append(k > 1 ? (k == plan.Sessions.Length - 1 ? " and " : ", ") : string.Empty);
                text.Append(CultureInfo.InvariantCulture, $"session {s.Number} on day {Period.DaysBetween(first, s.Date)} of session 1");
                if (meeting.ShowTimes)
                {
                    text.Append(CultureInfo.InvariantCulture, $" at {Time(s.LocalDateTime.TimeOfDay)}");
                }
            }

            if (meeting.ShowTimes)
            {
                text.Append(CultureInfo.InvariantCulture, $" (session 1 at {Time(plan.FirstSession.LocalDateTime.TimeOfDay)})");
            }
        }

        if (plan.Zone != Utc)
        {
            text.Append(CultureInfo.InvariantCulture, $" in {plan.Zone.Id}");
        }

        if (meeting.Facts.Count > 0)
        {
            text.Append(", for a client with ").Append(string.Join(" and ", meeting.Facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.StartsWith('\u2063') ? $"another {f.Key}" : $"{f.Key}={f.Value}")));
        }

        LocalDateTime at = meeting.At.InZone(plan.Zone).LocalDateTime;
        text.Append(CultureInfo.InvariantCulture, $", at {Time(at.TimeOfDay)} on day {Period.DaysBetween(first, at.Date)} of session 1");
        int latest = -1;
        for (int k = 0; k < plan.Sessions.Length; k++)
        {
            if (plan.Sessions[k].Instant <= meeting.At)
            {
                latest = k;
            }
        }

        if (latest > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" (day {Period.DaysBetween(plan.Sessions[latest].Date, at.Date)} of session {latest + 1})");
        }

        return text.ToString();
    }

    private static string Time(LocalTime time) => time.ToString("HH':'mm", CultureInfo.InvariantCulture);

    private static void Collect(FactCondition? condition, SortedDictionary<string, SortedSet<string>> values)
    {
        switch (condition)
        {
            case FactValueCondition value:
                if (!values.TryGetValue(value.Name, out SortedSet<string>? set))
                {
                    values[value.Name] = set = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(value.Values);
                break;
            case FactCompositeCondition composite:
                foreach (FactCondition operand in composite.Operands)
                {
                    Collect(operand, values);
                }

                break;
        }
    }

    private static bool HasHours(CareWindow window) => window switch
    {
        AnchoredWindow a => a.Start.Unit == WindowUnit.Hours || a.End.Kind == WindowEndKind.Hour,
        CombinedWindow c => HasHours(c.Left) || HasHours(c.Right),
        _ => false,
    };

    private static bool HasDays(CareWindow window) => window switch
    {
        AnchoredWindow a => a.Start.Unit == WindowUnit.Days || a.End.Kind == WindowEndKind.EndOfDay,
        CombinedWindow c => HasDays(c.Left) || HasDays(c.Right),
        _ => false,
    };

    /// <summary>Adds the day offsets at which a window's bounds lie from their session: day starts, the day after a last day, and hours rounded both ways.</summary>
    private static void Bounds(CareWindow window, SortedSet<int> days)
    {
        switch (window)
        {
            case AnchoredWindow a:
                if (a.Start.Unit == WindowUnit.Days)
                {
                    days.Add(a.Start.Value);
                }
                else
                {
                    days.Add(FloorDiv(a.Start.Value, 24));
                    days.Add(FloorDiv(a.Start.Value, 24) + 1);
                }

                if (a.End.Kind == WindowEndKind.EndOfDay)
                {
                    days.Add(a.End.Value + 1);
                }
                else if (a.End.Kind == WindowEndKind.Hour)
                {
                    days.Add(FloorDiv(a.End.Value, 24));
                    days.Add(FloorDiv(a.End.Value, 24) + 1);
                }

                break;
            case CombinedWindow c:
                Bounds(c.Left, days);
                Bounds(c.Right, days);
                break;
        }
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);

    /// <summary>The plans the search tries, simplest first.</summary>
    internal static IEnumerable<CarePlan> CandidatePlans(IReadOnlyList<CareWindow> windows)
    {
        var bounds = new SortedSet<int> { 0 };
        foreach (CareWindow window in windows)
        {
            Bounds(window, bounds);
        }

        var gaps = new SortedSet<int> { 0, 1, 2 };
        foreach (int x in bounds)
        {
            foreach (int y in bounds)
            {
                for (int k = -1; k <= 1; k++)
                {
                    long gap = (long)x - y + k;
                    if (gap >= 0 && gap <= CareWindow.MaxDays)
                    {
                        gaps.Add((int)gap);
                    }
                }
            }
        }

        bool hours = windows.Any(HasHours);
        bool mixed = hours && windows.Any(HasDays);
        LocalTime[] times = hours ? [new LocalTime(0, 0), new LocalTime(10, 0), new LocalTime(23, 30)] : [new LocalTime(10, 0)];
        int[] gapList = [.. gaps];
        int[] near = [.. gapList.Take(24)];

        foreach (LocalTime t in times)
        {
            if (Make(Utc, Base.At(t)) is { } one)
            {
                yield return one;
            }
        }

        foreach (int g in gapList)
        {
            foreach (LocalTime t1 in times)
            {
                foreach (LocalTime t2 in times)
                {
                    if ((g > 0 || t2 > t1) && Make(Utc, Base.At(t1), Base.PlusDays(g).At(t2)) is { } two)
                    {
                        yield return two;
                    }
                }
            }
        }

        // Three sessions: each gap of two sessions, and the second gap such that the third session lies at a gap that
        // matters from the first.
        foreach (int g1 in gapList)
        {
            var seconds = new SortedSet<int>(near);
            foreach (int g in gapList)
            {
                if (g - g1 >= 0)
                {
                    seconds.Add(g - g1);
                }
            }

            foreach (int g2 in seconds)
            {
                foreach (LocalTime t in times)
                {
                    if ((g1 > 0 || g2 > 0) && Make(Utc, Base.At(t), Base.PlusDays(g1).At(t.PlusMinutes(g1 == 0 ? 1 : 0)), Base.PlusDays(g1 + g2).At(t.PlusMinutes((g1 == 0 ? 1 : 0) + (g2 == 0 ? 1 : 0)))) is { } three)
                    {
                        yield return three;
                    }
                }
            }
        }

        if (!mixed)
        {
            yield break;
        }

        // Where day and hour bounds mix, a local day of 23 or 25 hours moves one against the other: put the change of
        // clocks on each day that matters of the first session, then of the second.
        DateTimeZone london = DateTimeZoneProviders.Tzdb["Europe/London"];
        foreach (LocalDate change in (LocalDate[])[SpringForward, FallBack])
        {
            foreach (int day in bounds.SelectMany(b => (int[])[b - 1, b]).Distinct())
            {
                LocalDate firstDate = change.PlusDays(-day);
                foreach (LocalTime t in times)
                {
                    if (Make(london, firstDate.At(t)) is { } one)
                    {
                        yield return one;
                    }

                    foreach (int g in near)
                    {
                        foreach (LocalTime t2 in times)
                        {
                            if ((g > 0 || t2 > t) && Make(london, firstDate.At(t), firstDate.PlusDays(g).At(t2)) is { } two)
                            {
                                yield return two;
                            }

                            if (g > 0 && Make(london, firstDate.PlusDays(-g).At(t2), firstDate.At(t)) is { } before)
                            {
                                yield return before;
                            }
                        }
                    }
                }
            }
        }
    }

    private static CarePlan? Make(DateTimeZone zone, params LocalDateTime[] sessions)
    {
        foreach (LocalDateTime s in sessions)
        {
            if (zone.MapLocal(s).Count != 1)
            {
                return null;
            }
        }

        try
        {
            return CarePlan.Create(zone, sessions, null);
        }
        catch (CarePlanException)
        {
            return null;
        }
    }
}
