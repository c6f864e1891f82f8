namespace SmpRules.Scheduling;

/// <summary>What a <see cref="CareAdvice"/> answers.</summary>
public enum CareQueryKind
{
    /// <summary>What applies at an instant.</summary>
    Instant = 0,

    /// <summary>What applies at some instant of a local date.</summary>
    Date = 1,

    /// <summary>What applies at some instant of a course day (a local date counted from the first session).</summary>
    CourseDay = 2,
}
