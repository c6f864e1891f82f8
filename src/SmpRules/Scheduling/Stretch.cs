using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>A maximal stretch of time in which one rule keeps one status, governing session and suspender.</summary>
internal readonly record struct Stretch(int Rule, Instant Start, Instant End, CareStatus Status, int Session, int Suspender, Instant ResumesAt)
{
    /// <summary>The value of <see cref="ResumesAt"/> when the rule does not resume (its window ends while suspended).</summary>
    internal static readonly Instant Never = Instant.MaxValue;

    internal bool Contains(Instant t) => Start <= t && t < End;
}
