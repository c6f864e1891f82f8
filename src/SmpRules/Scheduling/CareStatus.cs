namespace SmpRules.Scheduling;

/// <summary>Whether a rule that covers an instant is in force or suspended by another rule.</summary>
public enum CareStatus
{
    /// <summary>The rule applies.</summary>
    Applies = 0,

    /// <summary>The rule's window covers the instant, but a rule that suspends it applies.</summary>
    Suspended = 1,
}
