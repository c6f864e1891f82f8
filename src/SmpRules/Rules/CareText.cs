using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using SmpRules.Utility;

namespace SmpRules.Rules;

/// <summary>
/// A rule's client-facing text: a default text in the protocol's default language, and translations by culture name.
/// </summary>
/// <remarks>
/// <para><see cref="Resolve(string)"/> falls back from a specific culture to its neutral parent and then to the default text:
/// <c>es-MX</c>, then <c>es</c>, then the protocol's default language.</para>
/// <para>Instances are immutable and thread-safe, and compare by value (culture names ignore case).</para>
/// </remarks>
public sealed class CareText : IEquatable<CareText>
{
    private static readonly ImmutableSortedDictionary<string, string> NoTranslations =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="CareText"/> class with a default text and no translations.</summary>
    /// <param name="text">The text in the protocol's default language.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or white space.</exception>
    public CareText(string text)
        : this(Preconditions.CheckNotBlank(text), NoTranslations)
    {
    }

    private CareText(string text, ImmutableSortedDictionary<string, string> translations)
    {
        Default = text;
        Translations = translations;
    }

    /// <summary>Gets the text in the protocol's default language.</summary>
    public string Default { get; }

    /// <summary>Gets the translations, keyed by culture name (such as <c>es</c> or <c>es-MX</c>), ordered by name.</summary>
    public ImmutableSortedDictionary<string, string> Translations { get; }

    /// <summary>Creates a text from a string: the default text with no translations.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator CareText(string text) => new(text);

    /// <summary>Creates a text from a string: the default text with no translations.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text.</returns>
    public static CareText FromString(string text) => new(text);

    /// <summary>Returns this text with a translation added or replaced.</summary>
    /// <param name="culture">The culture name, such as <c>es</c> or <c>es-MX</c>.</param>
    /// <param name="text">The translated text.</param>
    /// <returns>The new text.</returns>
    /// <exception cref="ArgumentException"><paramref name="culture"/> is not a culture name .NET knows, or <paramref name="text"/> is empty.</exception>
    [Pure]
    public CareText WithTranslation(string culture, string text)
    {
        Preconditions.CheckNotBlank(text);
        string name = NormalizeCulture(culture);
        return new CareText(Default, Translations.SetItem(name, text));
    }

    /// <summary>Returns the text for a culture, falling back from specific to neutral cultures and then to the default text.</summary>
    /// <param name="culture">The client's culture; <see langword="null"/> or the invariant culture for the default text.</param>
    /// <returns>The best text for <paramref name="culture"/>.</returns>
    public string Resolve(CultureInfo? culture) => Resolve(culture?.Name);

    /// <summary>Returns the text for a culture name, falling back from specific to neutral cultures and then to the default text.</summary>
    /// <param name="cultureName">The client's culture name, such as <c>es-MX</c>; <see langword="null"/> or empty for the default text.</param>
    /// <returns>The best text for <paramref name="cultureName"/>: <c>es-MX</c>, then <c>es</c>, then the default text.</returns>
    public string Resolve(string? cultureName)
    {
        string? name = cultureName;
        while (!string.IsNullOrEmpty(name))
        {
            if (Translations.TryGetValue(name, out string? text))
            {
                return text;
            }

            int dash = name.LastIndexOf('-');
            name = dash < 0 ? null : name[..dash];
        }

        return Default;
    }

    /// <inheritdoc />
    public bool Equals(CareText? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(Default, other.Default, StringComparison.Ordinal) || Translations.Count != other.Translations.Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> pair in Translations)
        {
            if (!other.Translations.TryGetValue(pair.Key, out string? text) || !string.Equals(text, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareText other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Default), Translations.Count);

    /// <summary>Returns the default text.</summary>
    /// <returns>The default text.</returns>
    public override string ToString() => Default;

    internal static string NormalizeCulture(string culture)
    {
        Preconditions.CheckNotBlank(culture);
        if (!IsCultureName(culture))
        {
            throw new ArgumentException($"The culture '{culture}' is not a culture name; use a language tag such as 'es' or 'es-MX'.", nameof(culture));
        }

        return culture;
    }

    /// <summary>Whether a string has the shape of a language tag (<c>es</c>, <c>es-MX</c>, <c>zh-Hant-TW</c>).</summary>
    internal static bool IsCultureName(string? culture)
    {
        if (string.IsNullOrEmpty(culture))
        {
            return false;
        }

        string[] parts = culture.Split('-');
        if (parts[0].Length is < 2 or > 3 || !IsLetters(parts[0]))
        {
            return false;
        }

        for (int i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length is < 2 or > 8 || !IsAlphanumeric(parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphanumeric(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
