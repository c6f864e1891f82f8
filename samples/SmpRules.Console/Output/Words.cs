using SmpRules.Rules;
using SmpRules.Scheduling;

namespace SmpRules.Cli.Output;

/// <summary>The words that name the library's enumerations in output, the same in text and JSON.</summary>
internal static class Words
{
    public static string Directive(CareDirective directive) => directive switch
    {
        CareDirective.Do => "do",
        CareDirective.Avoid => "avoid",
        CareDirective.Limit => "limit",
        CareDirective.Expect => "expect",
        _ => directive.ToString().ToLowerInvariant(),
    };

    public static string Status(CareStatus status) => status == CareStatus.Applies ? "applies" : "suspended";
}
