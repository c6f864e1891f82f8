using System.Text.RegularExpressions;

namespace SmpRules.Rules;

/// <summary>The shape of the names the model uses for families, activities and rule ids.</summary>
internal static partial class NameRules
{
    /// <summary>Lower-case words of letters and digits joined by hyphens: <c>dry-period</c>.</summary>
    internal static bool IsKebab(string value) => Kebab().IsMatch(value);

    /// <summary>Kebab-case words joined by dots: <c>dry-period.keep-scalp-dry</c>.</summary>
    internal static bool IsRuleId(string value) => RuleId().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Kebab();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}
