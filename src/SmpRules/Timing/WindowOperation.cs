namespace SmpRules.Timing;

/// <summary>How a <see cref="CombinedWindow"/> combines its two windows.</summary>
public enum WindowOperation
{
    /// <summary>Instants in either window.</summary>
    Union = 0,

    /// <summary>Instants in both windows.</summary>
    Intersection = 1,

    /// <summary>Instants in the left window but not in the right one.</summary>
    Difference = 2,
}
