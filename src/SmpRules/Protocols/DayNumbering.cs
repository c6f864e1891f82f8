namespace SmpRules.Protocols;

/// <summary>
/// How a protocol's clinic numbers days when it talks to clients. The engine's own day numbers never change: the
/// session's local date is day 0 (DOMAIN.md section 3); this only affects how days are displayed.
/// </summary>
public enum DayNumbering
{
    /// <summary>The session day is "day 0"; the day after is "day 1".</summary>
    SessionDayIsZero = 0,

    /// <summary>The session day is "day 1"; the day after is "day 2". Days before the session keep their negative numbers.</summary>
    SessionDayIsOne = 1,
}
