using System;
using SmpRules.Utility;

namespace SmpRules.Rules;

/// <summary>A family of care rules, such as hygiene or the dry period: the source text's four tips, and any family a clinic adds.</summary>
/// <remarks>
/// <para>A name in kebab case (lower-case letters and digits joined by hyphens, such as <c>dry-period</c>); clinics may use names
/// of their own beside the well-known ones. Compared ordinally.</para>
/// <para>The default value has no name and is not valid in a rule. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct CareFamily : IEquatable<CareFamily>, IComparable<CareFamily>
{
    private readonly string? _name;

    /// <summary>Initializes a new instance of the <see cref="CareFamily"/> struct.</summary>
    /// <param name="name">The name, in kebab case.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not in kebab case.</exception>
    public CareFamily(string name)
    {
        Preconditions.CheckNotNull(name);
        if (!NameRules.IsKebab(name))
        {
            throw new ArgumentException($"The name '{name}' is not in kebab case: use lower-case letters and digits joined by hyphens, such as 'dry-period'.", nameof(name));
        }

        _name = name;
    }

    /// <summary>Gets the hygiene family: keep using shampoo and conditioner.</summary>
    public static CareFamily Hygiene => new("hygiene");

    /// <summary>Gets the hydration family: moisturize the scalp.</summary>
    public static CareFamily Hydration => new("hydration");

    /// <summary>Gets the dry-period family: keep the scalp dry after every session.</summary>
    public static CareFamily DryPeriod => new("dry-period");

    /// <summary>Gets the sweat-avoidance family: no saunas or steam rooms, sweating under control.</summary>
    public static CareFamily SweatAvoidance => new("sweat-avoidance");
    /// <summary>Gets the name; empty for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Returns whether a name is a valid CareFamily name.</summary>
    /// <param name="name">The name to check.</param>
    /// <returns><see langword="true"/> if <paramref name="name"/> is in kebab case.</returns>
    public static bool IsValidName(string? name) => name is not null && NameRules.IsKebab(name);

    /// <inheritdoc />
    public bool Equals(CareFamily other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareFamily other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public int CompareTo(CareFamily other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if both have the same name.</returns>
    public static bool operator ==(CareFamily left, CareFamily right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the names differ.</returns>
    public static bool operator !=(CareFamily left, CareFamily right) => !left.Equals(right);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
