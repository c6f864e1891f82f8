namespace SmpRules.Scheduling;

/// <summary>What a <see cref="CareAdvice"/> answers.</summary>
public enum CareQueryKind
{
    /// <summary>What applies at an instant (<see cref="CareSchedule.At(NodaTime.Instant)"/>).</summary>
    Instant = 0,

    /// <summary>What applies at some instant of a local date (<see cref="CareSchedule.On"/>).</summary>
    Date = 1,

    /// <summary>What applies at some instant of a course day, a local date counted from the first session (<see cref="CareSchedule.OnCourseDay"/>).</summary>
    CourseDay = 2,

    /// <summary>What applies now, by a clock (<see cref="CareSchedule.Now"/>).</summary>
    Now = 3,

    /// <summary>A segment of a timeline (<see cref="CareSchedule.Timeline(NodaTime.Instant, NodaTime.Instant?)"/>): a span of time in which nothing changes.</summary>
    Segment = 4,
}
