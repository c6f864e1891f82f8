namespace SmpRules.Calendar;

/// <summary>What happens to a rule at a <see cref="CareNotice"/>.</summary>
public enum CareNoticeKind
{
    /// <summary>The rule starts to apply (it did not apply, suspended or not, just before).</summary>
    Started = 0,

    /// <summary>The rule is suspended from here: it starts suspended, or it applied and another rule now suspends it.</summary>
    Suspended = 1,

    /// <summary>The rule applies again after a suspension.</summary>
    Resumed = 2,

    /// <summary>The rule stops: nothing of it goes on after this instant.</summary>
    Ended = 3,
}
