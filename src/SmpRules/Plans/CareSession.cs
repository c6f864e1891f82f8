using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace SmpRules.Plans;

/// <summary>A treatment session of a plan: its number in the course, its local date and time, and its instant.</summary>
/// <remarks>
/// <para>A small immutable value, compared by value; a plan holds its sessions in one array. The default value is no
/// session of any plan (its <see cref="Number"/> is 0).</para>
/// </remarks>
public readonly struct CareSession : IEquatable<CareSession>
{
    internal CareSession(int number, LocalDateTime localDateTime, Instant instant, int dayNumber)
    {
        Number = number;
        DayNumber = dayNumber;
        LocalDateTime = localDateTime;
        Instant = instant;
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
    public bool Equals(CareSession other) =>
        Number == other.Number && LocalDateTime == other.LocalDateTime && Instant == other.Instant;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareSession other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Instant);

    /// <summary>Compares two sessions for equality.</summary>
    /// <param name="left">The first session.</param>
    /// <param name="right">The second session.</param>
    /// <returns><see langword="true"/> if both have the same number, local date and time, and instant.</returns>
    public static bool operator ==(CareSession left, CareSession right) => left.Equals(right);

    /// <summary>Compares two sessions for inequality.</summary>
    /// <param name="left">The first session.</param>
    /// <param name="right">The second session.</param>
    /// <returns><see langword="true"/> if the sessions differ.</returns>
    public static bool operator !=(CareSession left, CareSession right) => !left.Equals(right);

    /// <summary>Returns a description such as <c>session 1 (2026-11-20T10:00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"session {Number} ({LocalDateTimePattern.GeneralIso.Format(LocalDateTime)[..16]})");
}
