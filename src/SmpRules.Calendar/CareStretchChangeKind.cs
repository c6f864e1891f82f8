namespace SmpRules.Calendar;

/// <summary>How a stretch differs between two revisions of a plan.</summary>
public enum CareStretchChangeKind
{
    /// <summary>The stretch is new: it has no counterpart in the earlier revision.</summary>
    Added = 0,

    /// <summary>The stretch is gone: it has no counterpart in the later revision.</summary>
    Removed = 1,

    /// <summary>The stretch is in both revisions with a different start or end.</summary>
    Moved = 2,
}
