using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Protocols.Json;

/// <summary>The keywords and property names of protocol format version 1 (docs/protocol-format.md).</summary>
internal static class FormatKeywords
{
    public static readonly (string Keyword, CareDirective Value)[] Directives =
    [
        ("do", CareDirective.Do),
        ("avoid", CareDirective.Avoid),
        ("limit", CareDirective.Limit),
        ("expect", CareDirective.Expect),
    ];

    public static readonly (string Keyword, WindowAnchor Value)[] Anchors =
    [
        ("each-session", WindowAnchor.EachSession),
        ("first-session", WindowAnchor.FirstSession),
        ("final-session", WindowAnchor.FinalSession),
    ];

    public static readonly (string Keyword, WindowEndKind Value)[] Untils =
    [
        ("open", WindowEndKind.Open),
        ("session", WindowEndKind.Session),
        ("next-session", WindowEndKind.NextSession),
    ];

    public static readonly (string Keyword, DayNumbering Value)[] DayNumberings =
    [
        ("session-day-is-zero", DayNumbering.SessionDayIsZero),
        ("session-day-is-one", DayNumbering.SessionDayIsOne),
    ];

    public static readonly (string Keyword, WindowOperation Value)[] Operations =
    [
        ("union", WindowOperation.Union),
        ("intersection", WindowOperation.Intersection),
        ("difference", WindowOperation.Difference),
    ];

    public static readonly string[] DocumentProperties =
        ["$schema", "formatVersion", "name", "description", "defaultLanguage", "dayNumbering", "extends", "families", "activities", "remove", "replace", "change", "rules"];

    public static readonly string[] RuleProperties =
        ["id", "family", "directive", "activities", "window", "text", "translations", "suspendedBy", "condition"];

    public static readonly string[] AnchoredWindowProperties = ["anchor", "fromDay", "fromHour", "endAnchor", "toDay", "toHour", "until", "atLeast"];

    public static readonly string[] FactConditionProperties = ["fact", "equals", "present"];

    public static readonly string[] WellKnownFamilies = ["hygiene", "hydration", "dry-period", "sweat-avoidance"];

    public static readonly string[] WellKnownActivities =
        ["washing", "moisturizing", "sweating", "sauna", "swimming", "sun", "shaving", "hat", "exfoliation"];

    public static string Keyword(CareDirective value) => Find(Directives, value);

    public static string Keyword(WindowAnchor value) => Find(Anchors, value);

    public static string Keyword(WindowEndKind value) => Find(Untils, value);

    public static string Keyword(DayNumbering value) => Find(DayNumberings, value);

    public static string Keyword(WindowOperation value) => Find(Operations, value);

    private static string Find<T>((string Keyword, T Value)[] keywords, T value)
    {
        foreach ((string keyword, T v) in keywords)
        {
            if (Equals(v, value))
            {
                return keyword;
            }
        }

        throw new System.ArgumentOutOfRangeException(nameof(value), value, "The value has no keyword in the protocol format.");
    }
}
