namespace SmpRules.Web.Input;

/// <summary>The limits that keep a hostile request from costing much; each is far above what a clinic needs.</summary>
internal static class Limits
{
    /// <summary>The longest query string, in characters.</summary>
    public const int MaxQueryLength = 8192;

    /// <summary>The most sessions in a plan: a course is 2 to 4 sessions, and a touch-up every few years adds one.</summary>
    public const int MaxSessions = 100;

    /// <summary>The most client facts.</summary>
    public const int MaxFacts = 50;

    /// <summary>The first year a session may be in.</summary>
    public const int MinSessionYear = 1900;

    /// <summary>The last year a session may be in.</summary>
    public const int MaxSessionYear = 2199;

    /// <summary>The longest piece of a bad value that an error message quotes.</summary>
    public const int MaxQuotedLength = 40;
}
