namespace SmpRules.Timing;

/// <summary>How a window bound counts time from its session.</summary>
public enum WindowUnit
{
    /// <summary>Calendar days in the plan's time zone, whatever their length in hours (DOMAIN.md: day windows).</summary>
    Days = 0,

    /// <summary>Elapsed hours from the session instant (DOMAIN.md: hour windows).</summary>
    Hours = 1,
}
