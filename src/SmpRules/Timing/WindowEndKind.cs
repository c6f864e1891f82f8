namespace SmpRules.Timing;

/// <summary>How a <see cref="WindowEnd"/> is placed relative to its session.</summary>
public enum WindowEndKind
{
    /// <summary>The window never ends.</summary>
    Open = 0,

    /// <summary>The window ends at the end of a local day (the start of the next local day).</summary>
    EndOfDay = 1,

    /// <summary>The window ends a number of elapsed hours after the session.</summary>
    Hour = 2,

    /// <summary>The window ends at the session itself (a window "before the session").</summary>
    Session = 3,

    /// <summary>The window ends at the plan's next session; after the final session it never ends.</summary>
    NextSession = 4,
}
