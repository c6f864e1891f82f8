using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using SmpRules.Utility;

namespace SmpRules.Plans;

/// <summary>
/// Facts about a client that rules may depend on, such as <c>skin-type = very-fair</c>: names to values, both
/// compared ignoring case.
/// </summary>
/// <remarks>Immutable and thread-safe; compares by value.</remarks>
public sealed class ClientFacts : IReadOnlyDictionary<string, string>, IEquatable<ClientFacts>
{
    private readonly ImmutableSortedDictionary<string, string> _facts;

    private ClientFacts(ImmutableSortedDictionary<string, string> facts) => _facts = facts;

    /// <summary>Gets a set of no facts.</summary>
    public static ClientFacts Empty { get; } =
        new(ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase, StringComparer.OrdinalIgnoreCase));

    /// <inheritdoc />
    public int Count => _facts.Count;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _facts.Keys;

    /// <inheritdoc />
    public IEnumerable<string> Values => _facts.Values;

    /// <inheritdoc />
    public string this[string key] => _facts[key];

    /// <summary>Creates facts from name and value pairs.</summary>
    /// <param name="facts">The facts; a later pair with the same name replaces an earlier one.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentException">A name or value is empty or white space.</exception>
    public static ClientFacts Create(IEnumerable<KeyValuePair<string, string>> facts)
    {
        Preconditions.CheckNotNull(facts);
        ClientFacts result = Empty;
        foreach (KeyValuePair<string, string> fact in facts)
        {
            result = result.With(fact.Key, fact.Value);
        }

        return result;
    }

    /// <summary>Returns these facts with one fact added or replaced.</summary>
    /// <param name="name">The fact's name, such as <c>skin-type</c>.</param>
    /// <param name="value">The fact's value, such as <c>very-fair</c>.</param>
    /// <returns>The new facts.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="value"/> is empty or white space.</exception>
    [Pure]
    public ClientFacts With(string name, string value)
    {
        Preconditions.CheckNotBlank(name);
        Preconditions.CheckNotBlank(value);
        return new ClientFacts(_facts.SetItem(name.Trim(), value.Trim()));
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => _facts.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out string value) => _facts.TryGetValue(key, out value!);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _facts.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ClientFacts? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        foreach (KeyValuePair<string, string> fact in _facts)
        {
            if (!other.TryGetValue(fact.Key, out string value) || !string.Equals(value, fact.Value, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClientFacts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Count;

    /// <summary>Returns the facts as <c>name=value</c> pairs separated by commas.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Join(", ", System.Linq.Enumerable.Select(_facts, f => f.Key + "=" + f.Value));
}
