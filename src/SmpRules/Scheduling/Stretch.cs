using NodaTime;

namespace SmpRules.Scheduling;

/// <summary>
/// A piece of a rule's stretch in which nothing at all changes for the rule: one status, one governing session and one
/// suspender. Parts break at a handover from one governing session to the next; stretches do not.
/// </summary>
internal readonly record struct Part(int Rule, Instant Start, Instant End, CareStatus Status, int Session, int Suspender);

/// <summary>
/// A maximal stretch of time in which one rule keeps one status (DOMAIN.md section 3, "Stretches"): it ends only where the
/// rule stops being present or changes status, never at a bare handover between sessions or suspending rules.
/// <see cref="Resumes"/> says, of a suspended stretch, whether the rule applies right at its end.
/// </summary>
internal readonly record struct Stretch(int Rule, Instant Start, Instant End, CareStatus Status, bool Resumes)
{
    internal bool Contains(Instant t) => Start <= t && t < End;
}
