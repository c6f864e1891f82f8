using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using SmpRules.Rules;

namespace SmpRules.Calendar;

/// <summary>How <see cref="CareCalendar"/> writes a schedule as iCalendar.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CareCalendarOptions
{
    /// <summary>Gets the default options: the protocol's default language, suspended stretches included, no reminders.</summary>
    public static CareCalendarOptions Default { get; } = new();

    /// <summary>Gets the culture of the events' texts, such as <c>es</c>; <see langword="null"/> for the protocol's default language (and English words around it).</summary>
    public string? Culture { get; init; }

    /// <summary>
    /// Gets the identity of the client's calendar, the second half of every UID, such as a client number; <see langword="null"/>
    /// for one derived from the first revision's protocol, zone and sessions. Set it when two clients may share a first
    /// session, so their UIDs differ. It must be 1 to 64 ASCII letters, digits, <c>.</c>, <c>-</c> or <c>_</c>
    /// (<see cref="IsValidCalendarId"/>); <see cref="CareCalendar"/> throws <see cref="System.ArgumentException"/> otherwise.
    /// </summary>
    public string? CalendarId { get; init; }

    /// <summary>Whether a text can be a <see cref="CalendarId"/>: 1 to 64 ASCII letters, digits, <c>.</c>, <c>-</c> or <c>_</c>.</summary>
    /// <param name="id">The text.</param>
    /// <returns><see langword="true"/> when the calendar accepts it.</returns>
    public static bool IsValidCalendarId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_');

    /// <summary>Gets the calendar's name (<c>X-WR-CALNAME</c>); <see langword="null"/> for "{protocol} aftercare" in <see cref="Culture"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets whether stretches in which a rule is suspended are events too (titled "Paused: ..."); <see langword="true"/> by default.</summary>
    public bool IncludeSuspended { get; init; } = true;

    /// <summary>Gets the directives whose rules get a reminder (<c>VALARM</c>) before each stretch in which they start or resume to apply; empty (no reminders) by default.</summary>
    public ImmutableArray<CareDirective> RemindFor { get; init; } = [];

    /// <summary>Gets how long before the start of a stretch its reminder comes; 12 hours by default (the evening before a change at midnight).</summary>
    public Duration RemindBefore { get; init; } = Duration.FromHours(12);
}
