using System;
using SmpRules.Utility;

namespace SmpRules.Rules;

/// <summary>Something a client does that care rules govern, such as washing or going to a sauna.</summary>
/// <remarks>
/// <para>A name in kebab case (lower-case letters and digits joined by hyphens, such as <c>sun</c>); clinics may use names
/// of their own beside the well-known ones. Compared ordinally.</para>
/// <para>The default value has no name and is not valid in a rule. This type is an immutable value and thread-safe.</para>
/// </remarks>
public readonly struct CareActivity : IEquatable<CareActivity>, IComparable<CareActivity>
{
    private readonly string? _name;

    /// <summary>Initializes a new instance of the <see cref="CareActivity"/> struct.</summary>
    /// <param name="name">The name, in kebab case.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not in kebab case.</exception>
    public CareActivity(string name)
    {
        Preconditions.CheckNotNull(name);
        if (!NameRules.IsKebab(name))
        {
            throw new ArgumentException($"The name '{name}' is not in kebab case: use lower-case letters and digits joined by hyphens, such as 'sun'.", nameof(name));
        }

        _name = name;
    }

    /// <summary>Gets washing the scalp (water, cleanser, shampoo, conditioner).</summary>
    public static CareActivity Washing => new("washing");

    /// <summary>Gets putting moisturizer or lotion on the scalp.</summary>
    public static CareActivity Moisturizing => new("moisturizing");

    /// <summary>Gets sweating, as in exercise and the gym.</summary>
    public static CareActivity Sweating => new("sweating");

    /// <summary>Gets saunas and steam rooms.</summary>
    public static CareActivity Sauna => new("sauna");

    /// <summary>Gets swimming (chlorinated or salt water).</summary>
    public static CareActivity Swimming => new("swimming");

    /// <summary>Gets exposing the scalp to the sun.</summary>
    public static CareActivity Sun => new("sun");

    /// <summary>Gets shaving the head.</summary>
    public static CareActivity Shaving => new("shaving");

    /// <summary>Gets wearing a hat or cap.</summary>
    public static CareActivity Hat => new("hat");

    /// <summary>Gets exfoliating the scalp.</summary>
    public static CareActivity Exfoliation => new("exfoliation");
    /// <summary>Gets the name; empty for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Returns whether a name is a valid CareActivity name.</summary>
    /// <param name="name">The name to check.</param>
    /// <returns><see langword="true"/> if <paramref name="name"/> is in kebab case.</returns>
    public static bool IsValidName(string? name) => name is not null && NameRules.IsKebab(name);

    /// <inheritdoc />
    public bool Equals(CareActivity other) => string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareActivity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public int CompareTo(CareActivity other) => string.CompareOrdinal(Name, other.Name);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if both have the same name.</returns>
    public static bool operator ==(CareActivity left, CareActivity right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the names differ.</returns>
    public static bool operator !=(CareActivity left, CareActivity right) => !left.Equals(right);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
