namespace SmpRules.Timing;

/// <summary>The session (or sessions) of a plan that a <see cref="CareWindow"/> is measured from.</summary>
public enum WindowAnchor
{
    /// <summary>The window restarts after every session; where the windows of two sessions overlap they merge and the later session governs.</summary>
    EachSession = 0,

    /// <summary>The window is measured once, from the plan's first session.</summary>
    FirstSession = 1,

    /// <summary>The window is measured once, from the plan's final session.</summary>
    FinalSession = 2,
}
