using System;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace SmpRules.Timing;

/// <summary>
/// Where a window starts, relative to its session: the start of a local day, or a number of elapsed hours.
/// </summary>
/// <remarks>
/// <para>A day start on day 0 starts at the session itself, not at midnight (DOMAIN.md section 3).</para>
/// <para>The default value is the start of day 0, that is the session instant. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct WindowStart : IEquatable<WindowStart>
{
    private WindowStart(WindowUnit unit, int value)
    {
        Unit = unit;
        Value = value;
    }

    /// <summary>Gets the unit the start is counted in.</summary>
    public WindowUnit Unit { get; }

    /// <summary>Gets the day number or the number of hours; negative values lie before the session.</summary>
    public int Value { get; }

    /// <summary>The start of local day <paramref name="day"/> of the session (the session itself for day 0).</summary>
    /// <param name="day">The session day; negative days lie before the session.</param>
    /// <returns>The start.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is more than <see cref="CareWindow.MaxDays"/> days away from the session.</exception>
    public static WindowStart Day(int day) => new(WindowUnit.Days, CareWindow.CheckDays(day, nameof(day)));

    /// <summary>The instant <paramref name="hours"/> elapsed hours after the session.</summary>
    /// <param name="hours">The number of hours; negative values lie before the session.</param>
    /// <returns>The start.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is more than <see cref="CareWindow.MaxHours"/> hours away from the session.</exception>
    public static WindowStart Hour(int hours) => new(WindowUnit.Hours, CareWindow.CheckHours(hours, nameof(hours)));

    /// <summary>Returns this start moved by a number of days (a day start) or by 24 hours a day (an hour start).</summary>
    /// <param name="days">The number of days to move by.</param>
    /// <returns>The moved start.</returns>
    [Pure]
    public WindowStart PlusDays(int days) => Unit == WindowUnit.Days ? Day(checked(Value + days)) : Hour(checked(Value + (days * 24)));

    /// <inheritdoc />
    public bool Equals(WindowStart other) => Unit == other.Unit && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WindowStart other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Value);

    /// <summary>Compares two starts for equality.</summary>
    /// <param name="left">The first start.</param>
    /// <param name="right">The second start.</param>
    /// <returns><see langword="true"/> if both are the same start.</returns>
    public static bool operator ==(WindowStart left, WindowStart right) => left.Equals(right);

    /// <summary>Compares two starts for inequality.</summary>
    /// <param name="left">The first start.</param>
    /// <param name="right">The second start.</param>
    /// <returns><see langword="true"/> if the starts differ.</returns>
    public static bool operator !=(WindowStart left, WindowStart right) => !left.Equals(right);

    /// <summary>Returns an invariant description such as <c>day 0</c> or <c>hour 48</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(Unit == WindowUnit.Days ? "day" : "hour")} {Value}");
}
