using System;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace SmpRules.Timing;

/// <summary>
/// Where a window ends, relative to its session: never, at the end of a local day, after elapsed hours,
/// at the session itself, or at the next session.
/// </summary>
/// <remarks>The default value is <see cref="Open"/>. This type is an immutable value and thread-safe.</remarks>
public readonly struct WindowEnd : IEquatable<WindowEnd>
{
    private WindowEnd(WindowEndKind kind, int value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets an end that never comes: the window is open-ended.</summary>
    public static WindowEnd Open => default;

    /// <summary>Gets an end at the session itself, for windows that lie before the session.</summary>
    public static WindowEnd Session => new(WindowEndKind.Session, 0);

    /// <summary>Gets an end at the plan's next session; after the final session the window never ends.</summary>
    public static WindowEnd NextSession => new(WindowEndKind.NextSession, 0);

    /// <summary>Gets how this end is placed.</summary>
    public WindowEndKind Kind { get; }

    /// <summary>Gets the day number (for <see cref="WindowEndKind.EndOfDay"/>) or the hours (for <see cref="WindowEndKind.Hour"/>); otherwise 0.</summary>
    public int Value { get; }

    /// <summary>Gets a value indicating whether this end never comes.</summary>
    public bool IsOpen => Kind == WindowEndKind.Open;

    /// <summary>The end of local day <paramref name="day"/> of the session, that is the start of day <paramref name="day"/> + 1.</summary>
    /// <param name="day">The last day the window covers, inclusive.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is more than <see cref="CareWindow.MaxDays"/> days away from the session.</exception>
    public static WindowEnd EndOfDay(int day) => new(WindowEndKind.EndOfDay, CareWindow.CheckDays(day, nameof(day)));

    /// <summary>The instant <paramref name="hours"/> elapsed hours after the session (exclusive).</summary>
    /// <param name="hours">The number of hours; negative values lie before the session.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is more than <see cref="CareWindow.MaxHours"/> hours away from the session.</exception>
    public static WindowEnd Hour(int hours) => new(WindowEndKind.Hour, CareWindow.CheckHours(hours, nameof(hours)));

    /// <summary>Returns this end moved by a number of days; open, session and next-session ends do not move.</summary>
    /// <param name="days">The number of days to move by.</param>
    /// <returns>The moved end.</returns>
    [Pure]
    public WindowEnd PlusDays(int days) => Kind switch
    {
        WindowEndKind.EndOfDay => EndOfDay(checked(Value + days)),
        WindowEndKind.Hour => Hour(checked(Value + (days * 24))),
        _ => this,
    };

    /// <summary>Returns this end moved by a number of elapsed hours; only an hour end can move by hours.</summary>
    /// <param name="hours">The number of hours to move by.</param>
    /// <returns>The moved end.</returns>
    [Pure]
    internal WindowEnd PlusHours(int hours) => Kind == WindowEndKind.Hour ? Hour(checked(Value + hours)) : this;

    /// <inheritdoc />
    public bool Equals(WindowEnd other) => Kind == other.Kind && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WindowEnd other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Value);

    /// <summary>Compares two ends for equality.</summary>
    /// <param name="left">The first end.</param>
    /// <param name="right">The second end.</param>
    /// <returns><see langword="true"/> if both are the same end.</returns>
    public static bool operator ==(WindowEnd left, WindowEnd right) => left.Equals(right);

    /// <summary>Compares two ends for inequality.</summary>
    /// <param name="left">The first end.</param>
    /// <param name="right">The second end.</param>
    /// <returns><see langword="true"/> if the ends differ.</returns>
    public static bool operator !=(WindowEnd left, WindowEnd right) => !left.Equals(right);

    /// <summary>Returns an invariant description such as <c>end of day 4</c>, <c>hour 48</c> or <c>open</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        WindowEndKind.EndOfDay => string.Create(CultureInfo.InvariantCulture, $"end of day {Value}"),
        WindowEndKind.Hour => string.Create(CultureInfo.InvariantCulture, $"hour {Value}"),
        WindowEndKind.Session => "the session",
        WindowEndKind.NextSession => "the next session",
        _ => "open",
    };
}
