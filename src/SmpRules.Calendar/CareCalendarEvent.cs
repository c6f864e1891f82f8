using NodaTime;

namespace SmpRules.Calendar;

/// <summary>One event of a <see cref="CareCalendar"/>: a stretch of a rule with the identity and revision a calendar app uses to update it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CareCalendarEvent
{
    internal CareCalendarEvent(string uid, int sequence, bool isCancelled, CareStretch stretch, EventContent content)
    {
        Uid = uid;
        Sequence = sequence;
        IsCancelled = isCancelled;
        Stretch = stretch;
        Content = content;
    }

    /// <summary>Gets the event's UID: the stretch's key and the calendar's identity, such as <c>dry-period.keep-scalp-dry/applies/s1/3f2a…@smprules</c>.</summary>
    public string Uid { get; }

    /// <summary>Gets the event's revision (<c>SEQUENCE</c>): 0 when first written, one more for every revision of the plan that changed it or cancelled it.</summary>
    public int Sequence { get; }

    /// <summary>Gets whether the stretch no longer exists in the latest revision (the event is written with <c>STATUS:CANCELLED</c>).</summary>
    public bool IsCancelled { get; }

    /// <summary>Gets the stretch (for a cancelled event, as it was in the last revision that had it).</summary>
    public CareStretch Stretch { get; }

    /// <summary>Gets the title (<c>SUMMARY</c>): the rule's text up to its first colon, "Paused: " before it when suspended.</summary>
    public string Summary => Content.Summary;

    /// <summary>Gets the description: the rule's whole text, the governing session and day, what suspends it, from and until when.</summary>
    public string Description => Content.Description;

    /// <summary>Gets whether the event is all-day: its stretch starts, and ends if it ends, at the start of a local day.</summary>
    public bool IsAllDay => Content.IsAllDay;

    /// <summary>Gets when a reminder comes, or <see langword="null"/> for none.</summary>
    public Instant? RemindAt => Content.RemindAt;

    internal EventContent Content { get; }

    /// <summary>Returns the UID, the sequence and the title.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Uid} #{Sequence}{(IsCancelled ? " (cancelled)" : string.Empty)}: {Summary}";
}

/// <summary>What an event says, compared between revisions to decide whether it changed.</summary>
internal readonly record struct EventContent(
    Instant Start,
    Instant? End,
    bool IsAllDay,
    string Summary,
    string Description,
    string Category,
    Instant? RemindAt,
    string? Reminder);
