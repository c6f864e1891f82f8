using System.Collections.Immutable;
using System.Globalization;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using NodaTime.TimeZones;
using SmpRules.Timing;

namespace SmpRules.Tests.Support;

/// <summary>
/// A seeded generator of valid random protocols (windows of every shape, composed windows, anchors, acyclic suspensions,
/// conditions) and plans (zones with DST, 1 to 6 sessions near transitions, client facts). Deterministic for a seed.
/// </summary>
internal sealed class RandomCases
{
    internal static readonly string[] ZoneIds =
    [
        "Europe/London", "America/New_York", "Australia/Sydney", "Pacific/Auckland", "America/Santiago",
        "America/Havana", "Australia/Lord_Howe", "Asia/Kolkata", "Etc/UTC", "Europe/Berlin",
    ];

    private static readonly string[] Activities = ["washing", "sun", "sauna", "hat"];
    private static readonly string[] SkinTypes = ["fair", "very-fair", "dark"];

    private readonly Random _random;

    internal RandomCases(int seed) => _random = new Random(seed);

    internal int Next(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    internal bool Chance(double p) => _random.NextDouble() < p;

    internal T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    internal CareProtocol Protocol()
    {
        while (true)
        {
            int count = Next(1, 7);
            var rules = new List<CareRule>(count);
            for (int i = 0; i < count; i++)
            {
                var suspendedBy = new List<string>();
                for (int j = 0; j < i; j++)
                {
                    if (Chance(0.3))
                    {
                        suspendedBy.Add(rules[j].Id);
                    }
                }

                // Later rules may only be suspended by earlier ones, so suspensions never form a cycle.
                if (Chance(0.5))
                {
                    suspendedBy.Reverse();
                }

                rules.Add(new CareRule
                {
                    Id = "r" + i.ToString(CultureInfo.InvariantCulture),
                    Family = new CareFamily("test"),
                    Directive = (CareDirective)Next(0, 3),
                    Window = Window(2),
                    Text = "Rule " + i.ToString(CultureInfo.InvariantCulture) + ".",
                    Activities = Activities.Where(_ => Chance(0.3)).Select(a => new CareActivity(a)).ToImmutableArray(),
                    SuspendedBy = suspendedBy.ToImmutableArray(),
                    Condition = Chance(0.3) ? Condition(2) : null,
                });
            }

            // A do and an avoid on one activity need precedence: let the later one be suspended by the earlier one.
            for (int i = 0; i < rules.Count; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    CareRule a = rules[j], b = rules[i];
                    bool opposite = (a.Directive, b.Directive) is (CareDirective.Do, CareDirective.Avoid) or (CareDirective.Avoid, CareDirective.Do);
                    if (opposite && a.Activities.Intersect(b.Activities).Any() && !b.SuspendedBy.Contains(a.Id) && !a.SuspendedBy.Contains(b.Id))
                    {
                        rules[i] = b with { SuspendedBy = b.SuspendedBy.Add(a.Id) };
                    }
                }
            }

            try
            {
                return new CareProtocolBuilder("Random").AddRange(rules).Build();
            }
            catch (CareProtocolException e) when (e.Problems.All(p => p.Code == ProtocolProblemCode.InvalidWindow))
            {
                // A shifted or composed window came out empty; draw again.
            }
        }
    }

    internal CareWindow Window(int depth)
    {
        if (depth > 0 && Chance(0.25))
        {
            CareWindow left = Window(depth - 1);
            switch (Next(0, 4))
            {
                case 0: return left.Union(Window(depth - 1));
                case 1: return left.Intersect(Window(depth - 1));
                case 2: return left.Except(Window(depth - 1));
                case 3: return left.ShiftDays(Next(-3, 3));
                default:
                    try
                    {
                        return left.ShiftHours(Next(-30, 30));
                    }
                    catch (InvalidOperationException)
                    {
                        return left;
                    }
            }
        }

        var anchor = (WindowAnchor)Next(0, 2);
        switch (Next(0, 10))
        {
            case 0:
            {
                int from = Next(-5, 10);
                return CareWindow.Days(from, from + Next(0, 30), anchor);
            }

            case 1: return CareWindow.DaysFrom(Next(-5, 10), anchor);
            case 2:
            {
                int from = Next(-72, 100);
                return CareWindow.Hours(from, from + Next(1, 400), anchor);
            }

            case 3: return CareWindow.HoursFrom(Next(-72, 100), anchor);
            case 4: return CareWindow.Create(anchor, WindowStart.Day(Next(-3, 3)), WindowEnd.NextSession);
            case 5: return CareWindow.Create(anchor, WindowStart.Hour(Next(-72, 72)), WindowEnd.NextSession);
            case 6: return CareWindow.Create(anchor, Chance(0.5) ? WindowStart.Day(Next(-5, -1)) : WindowStart.Hour(Next(-100, -1)), WindowEnd.Session);
            case 7:
            {
                int from = Next(-3, 5);
                return CareWindow.Create(anchor, WindowStart.Day(from), WindowEnd.Hour((Math.Max(from, 0) * 24) + Next(1, 200)));
            }

            case 8:
            {
                int from = Next(-72, 72);
                int lastDay = Next(Math.Max(0, (from / 24) + 1), 10);
                return CareWindow.Create(anchor, WindowStart.Hour(from), WindowEnd.EndOfDay(lastDay));
            }

            case 9:
            {
                // A start and an end counted from different sessions ("from the first session until 30 days after the final one").
                var endAnchor = (WindowAnchor)Next(0, 2);
                return Chance(0.5)
                    ? CareWindow.Create(anchor, WindowStart.Day(Next(-3, 3)), endAnchor, WindowEnd.EndOfDay(Next(3, 30)))
                    : CareWindow.Create(anchor, WindowStart.Hour(Next(-48, 48)), endAnchor, WindowEnd.Hour(Next(60, 400)));
            }

            default: return CareWindow.Days(0, Next(0, 28), anchor).UntilNextSession();
        }
    }

    internal FactCondition Condition(int depth)
    {
        if (depth > 0 && Chance(0.4))
        {
            return Next(0, 2) switch
            {
                0 => Condition(depth - 1) & Condition(depth - 1),
                1 => Condition(depth - 1) | Condition(depth - 1),
                _ => !Condition(depth - 1),
            };
        }

        return Chance(0.7)
            ? FactCondition.Equal("skin-type", SkinTypes.Where(_ => Chance(0.5)).DefaultIfEmpty("fair").ToArray())
            : FactCondition.Present("scabs");
    }

    internal ClientFacts Facts()
    {
        ClientFacts facts = ClientFacts.Empty;
        if (Chance(0.7))
        {
            facts = facts.With("skin-type", Pick(SkinTypes));
        }

        if (Chance(0.4))
        {
            facts = facts.With("scabs", "yes");
        }

        return facts;
    }

    internal DateTimeZone Zone() => Time.Zone(Pick(ZoneIds));

    /// <summary>Local session times in a zone, 1 to <paramref name="max"/>, near the zone's 2026 transitions, none in a gap, no two at one instant.</summary>
    internal List<LocalDateTime> Sessions(DateTimeZone zone, int max = 6)
    {
        var transitions = zone.GetZoneIntervals(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2027, 1, 1, 0, 0))
            .Where(i => i.HasStart && i.Start > Instant.FromUtc(2026, 1, 1, 0, 0))
            .Select(i => i.Start)
            .ToList();
        LocalDateTime cursor = transitions.Count > 0 && Chance(0.8)
            ? (Pick(transitions) - Duration.FromDays(Next(0, 20)) + Duration.FromMinutes(Next(-120, 120))).InZone(zone).LocalDateTime
            : new LocalDateTime(2026, Next(1, 12), Next(1, 28), Next(0, 23), 0);
        var sessions = new List<LocalDateTime>();
        var instants = new HashSet<Instant>();
        int count = Next(1, max);
        while (sessions.Count < count)
        {
            LocalDateTime candidate = cursor.PlusMinutes(Next(0, 3) * 15);
            ZoneLocalMapping mapping = zone.MapLocal(candidate);
            if (mapping.Count > 0 && instants.Add(mapping.First().ToInstant()))
            {
                sessions.Add(candidate);
            }

            cursor = Next(0, 5) switch
            {
                0 => cursor.PlusHours(Next(1, 30)),
                1 => cursor.PlusMinutes(30),
                _ => cursor.PlusDays(Next(0, 30)).PlusHours(Next(-3, 3)),
            };
        }

        return sessions;
    }

    internal CarePlan Plan()
    {
        DateTimeZone zone = Zone();
        return CarePlan.Create(zone, Sessions(zone), Facts());
    }

    internal static string Describe(CareProtocol protocol, CarePlan plan) =>
        $"plan {plan} facts [{plan.Facts}]; rules: "
        + string.Join("; ", protocol.Rules.Select(r =>
            $"{r.Id} {r.Directive} [{r.Window}] suspended by [{string.Join(",", r.SuspendedBy)}] if [{r.Condition}] on [{string.Join(",", r.Activities)}]"));
}
