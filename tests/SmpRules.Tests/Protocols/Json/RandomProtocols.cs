using System.Collections.Immutable;
using System.Text;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>Makes valid protocols at random from a seed: every kind of window, condition, text and name the model allows.</summary>
internal sealed class RandomProtocols
{
    private static readonly string[] Families = ["hygiene", "hydration", "dry-period", "sweat-avoidance", "sun-protection", "shaving", "x9"];
    private static readonly string[] Activities = ["washing", "moisturizing", "sweating", "sauna", "swimming", "sun", "shaving", "hat", "exfoliation", "sun-cream", "a-1"];
    private static readonly string[] Languages = ["en", "es", "es-MX", "fr", "zh-Hant-TW", "EN"];
    private static readonly string[] Pieces = ["Keep", " your scalp ", "dry", "\"quoted\"", "back\\slash", "\n", "\t", "ñandú", "日本", "😀", "<b>&amp;</b>", "'", "\u0001", "\u2028", " ", "x"];

    private readonly Random _random;

    public RandomProtocols(int seed) => _random = new Random(seed);

    public CareProtocol Next()
    {
        var builder = new CareProtocolBuilder(Text()) { Description = _random.Next(3) == 0 ? string.Empty : Text(), DefaultLanguage = Pick(Languages), DayNumbering = (DayNumbering)_random.Next(2) };
        int count = _random.Next(0, 9);
        var rules = new List<CareRule>();
        for (int i = 0; i < count; i++)
        {
            ImmutableArray<string> suspendedBy = rules.Where(_ => _random.Next(4) == 0).Select(r => r.Id).ToImmutableArray();
            rules.Add(new CareRule
            {
                Id = $"{Pick(Families)}.rule-{i}" + (_random.Next(3) == 0 ? ".sub" : string.Empty),
                Family = new CareFamily(Pick(Families)),
                Directive = (CareDirective)_random.Next(4),
                Activities = Enumerable.Range(0, _random.Next(4)).Select(_ => new CareActivity(Pick(Activities))).ToImmutableArray(),
                Window = Window(3),
                Text = CareText(),
                SuspendedBy = suspendedBy,
                Condition = _random.Next(3) == 0 ? Condition(3) : null,
            });
        }

        // Give every "do" and "avoid" on one activity precedence, as a clinic must.
        for (int j = 0; j < rules.Count; j++)
        {
            for (int i = 0; i < j; i++)
            {
                bool opposite = (rules[i].Directive, rules[j].Directive) is (CareDirective.Do, CareDirective.Avoid) or (CareDirective.Avoid, CareDirective.Do);
                if (opposite && rules[i].Activities.Intersect(rules[j].Activities).Any() && !rules[j].SuspendedBy.Contains(rules[i].Id))
                {
                    rules[j] = rules[j] with { SuspendedBy = rules[j].SuspendedBy.Add(rules[i].Id) };
                }
            }
        }

        return builder.AddRange(rules).Build();
    }

    private CareWindow Window(int depth)
    {
        if (depth > 0 && _random.Next(4) == 0)
        {
            CareWindow left = Window(depth - 1), right = Window(depth - 1);
            return _random.Next(3) switch
            {
                0 => left.Union(right),
                1 => left.Intersect(right),
                _ => left.Except(right),
            };
        }

        while (true)
        {
            var anchor = (WindowAnchor)_random.Next(3);
            WindowStart start = _random.Next(2) == 0 ? WindowStart.Day(Number(CareWindow.MaxDays)) : WindowStart.Hour(Number(CareWindow.MaxHours));
            WindowEnd end = _random.Next(5) switch
            {
                0 => WindowEnd.EndOfDay(Number(CareWindow.MaxDays)),
                1 => WindowEnd.Hour(Number(CareWindow.MaxHours)),
                2 => WindowEnd.Open,
                3 => WindowEnd.Session,
                _ => WindowEnd.NextSession,
            };
            AnchoredWindow window = CareWindow.Create(anchor, start, end);
            var problems = new List<string>();
            window.CollectProblems(problems);
            if (problems.Count == 0)
            {
                return window;
            }
        }
    }

    private int Number(int max) => _random.Next(6) switch
    {
        0 => max,
        1 => -max,
        2 => 0,
        _ => _random.Next(-60, 61),
    };

    private FactCondition Condition(int depth)
    {
        if (depth > 0 && _random.Next(3) == 0)
        {
            FactCondition[] operands = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Condition(depth - 1)).ToArray();
            return _random.Next(3) switch
            {
                0 => FactCondition.And(operands),
                1 => FactCondition.Or(operands),
                _ => FactCondition.Not(operands[0]),
            };
        }

        return _random.Next(3) == 0
            ? FactCondition.Present(Text())
            : FactCondition.Equal(Text(), Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Text()).ToArray());
    }

    private CareText CareText()
    {
        CareText text = new(Text());
        foreach (string culture in Languages.Where(_ => _random.Next(3) == 0))
        {
            text = text.WithTranslation(culture, Text());
        }

        return text;
    }

    private string Text()
    {
        var text = new StringBuilder();
        do
        {
            text.Append(Pick(Pieces));
        }
        while (_random.Next(3) != 0 || string.IsNullOrWhiteSpace(text.ToString()));

        return text.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
