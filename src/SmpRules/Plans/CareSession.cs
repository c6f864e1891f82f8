using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SmpRules.Plans;

/// <summary>A treatment session of a plan: its number in the course, its local date and time, and its instant.</summary>
/// <remarks>Immutable and thread-safe; compares by value.</remarks>
public sealed class CareSession : IEquatable<CareSession>
{
    internal CareSession(int number, LocalDateTime localDateTime, Instant instant)
    {
        Number = number;
        LocalDateTime = localDateTime;
        Instant = instant;
        DayNumber = Utility.DayNumbers.Of(localDateTime.Date);
    }

    /// <summary>The session's local date as a day number (days since 1970-01-01), for comparing dates without calendar arithmetic.</summary>
    internal int DayNumber { get; }

    /// <summary>Gets the session's number in the course, counting from 1 in chronological order.</summary>
    public int Number { get; }

    /// <summary>Gets the local date and time the clinic wrote down, in the plan's zone.</summary>
    public LocalDateTime LocalDateTime { get; }

    /// <summary>Gets the local date of the session: its day 0.</summary>
    public LocalDate Date => LocalDateTime.Date;

    /// <summary>Gets the instant of the session (for an ambiguous local time, the earlier of the two).</summary>
    public Instant Instant { get; }

    /// <inheritdoc />
    public bool Equals(CareSession? other) =>
        other is not null && Number == other.Number && LocalDateTime == other.LocalDateTime && Instant == other.Instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareSession other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Instant);

    /// <summary>Returns a description such as <c>session 1 (2026-11-20T10:00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"session {Number} ({LocalDateTimePattern.GeneralIso.Format(LocalDateTime)[..16]})");
}
