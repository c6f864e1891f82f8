using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SmpRules.Plans;
using SmpRules.Utility;

namespace SmpRules.Rules;

/// <summary>
/// A condition on a client's facts that decides whether a rule applies to that client at all, such as
/// <c>skin-type = very-fair</c>; conditions compose with <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/>.
/// </summary>
/// <remarks>Names and values compare ignoring case. Instances are immutable and thread-safe, and compare by value.</remarks>
public abstract class FactCondition : IEquatable<FactCondition>
{
    private protected FactCondition()
    {
    }

    /// <summary>Gets how this condition is built.</summary>
    public abstract FactConditionKind Kind { get; }

    /// <summary>A condition that holds when the fact <paramref name="name"/> has one of <paramref name="values"/>.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="values">The values that satisfy the condition; at least one.</param>
    /// <returns>The condition.</returns>
    public static FactCondition Equal(string name, params string[] values) =>
        new FactValueCondition(Preconditions.CheckNotBlank(name), CheckValues(values));

    /// <summary>A condition that holds when the client has a fact named <paramref name="name"/>, whatever its value.</summary>
    /// <param name="name">The fact's name.</param>
    /// <returns>The condition.</returns>
    public static FactCondition Present(string name) => new FactValueCondition(Preconditions.CheckNotBlank(name), ImmutableArray<string>.Empty);

    /// <summary>A condition that holds when all of <paramref name="conditions"/> hold.</summary>
    /// <param name="conditions">The conditions; at least one.</param>
    /// <returns>The condition.</returns>
    public static FactCondition And(params FactCondition[] conditions) => new FactCompositeCondition(FactConditionKind.And, CheckConditions(conditions));

    /// <summary>A condition that holds when any of <paramref name="conditions"/> holds.</summary>
    /// <param name="conditions">The conditions; at least one.</param>
    /// <returns>The condition.</returns>
    public static FactCondition Or(params FactCondition[] conditions) => new FactCompositeCondition(FactConditionKind.Or, CheckConditions(conditions));

    /// <summary>A condition that holds when <paramref name="condition"/> does not.</summary>
    /// <param name="condition">The condition to negate.</param>
    /// <returns>The condition.</returns>
    public static FactCondition Not(FactCondition condition) =>
        new FactCompositeCondition(FactConditionKind.Not, ImmutableArray.Create(Preconditions.CheckNotNull(condition)));

    /// <summary>Combines two conditions with <see cref="And"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The condition.</returns>
    public static FactCondition operator &(FactCondition left, FactCondition right) => And(left, right);

    /// <summary>Combines two conditions with <see cref="Or"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The condition.</returns>
    public static FactCondition operator |(FactCondition left, FactCondition right) => Or(left, right);

    /// <summary>Negates a condition with <see cref="Not"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The condition.</returns>
    public static FactCondition operator !(FactCondition condition) => Not(condition);

    /// <summary>Combines two conditions with <see cref="And"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The condition.</returns>
    public static FactCondition BitwiseAnd(FactCondition left, FactCondition right) => And(left, right);

    /// <summary>Combines two conditions with <see cref="Or"/>.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The condition.</returns>
    public static FactCondition BitwiseOr(FactCondition left, FactCondition right) => Or(left, right);

    /// <summary>Negates a condition with <see cref="Not"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The condition.</returns>
    public static FactCondition LogicalNot(FactCondition condition) => Not(condition);

    /// <summary>Returns whether the condition holds for a client's facts.</summary>
    /// <param name="facts">The client's facts.</param>
    /// <returns><see langword="true"/> if the condition holds.</returns>
    public abstract bool IsSatisfiedBy(ClientFacts facts);

    /// <inheritdoc />
    public abstract bool Equals(FactCondition? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => obj is FactCondition other && Equals(other);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    private static ImmutableArray<string> CheckValues(string[] values)
    {
        Preconditions.CheckNotNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("The values parameter must hold at least one value.", nameof(values));
        }

        foreach (string value in values)
        {
            Preconditions.CheckNotBlank(value, nameof(values));
        }

        return ImmutableArray.Create(values);
    }

    private static ImmutableArray<FactCondition> CheckConditions(FactCondition[] conditions)
    {
        Preconditions.CheckNotNull(conditions);
        if (conditions.Length == 0)
        {
            throw new ArgumentException("The conditions parameter must hold at least one condition.", nameof(conditions));
        }

        foreach (FactCondition condition in conditions)
        {
            Preconditions.CheckNotNull(condition, nameof(conditions));
        }

        return ImmutableArray.Create(conditions);
    }
}

/// <summary>How a <see cref="FactCondition"/> is built.</summary>
public enum FactConditionKind
{
    /// <summary>A fact has one of some values (<see cref="FactValueCondition.Values"/>), or is present when no value is given.</summary>
    Equal = 0,

    /// <summary>All of the operands hold.</summary>
    And = 1,

    /// <summary>Any of the operands holds.</summary>
    Or = 2,

    /// <summary>The single operand does not hold.</summary>
    Not = 3,
}

/// <summary>A condition on one fact: it has one of some values, or it is present.</summary>
public sealed class FactValueCondition : FactCondition
{
    internal FactValueCondition(string name, ImmutableArray<string> values)
    {
        Name = name;
        Values = values;
    }

    /// <inheritdoc />
    public override FactConditionKind Kind => FactConditionKind.Equal;

    /// <summary>Gets the fact's name.</summary>
    public string Name { get; }

    /// <summary>Gets the values that satisfy the condition; empty when any value will do.</summary>
    public ImmutableArray<string> Values { get; }

    /// <inheritdoc />
    public override bool IsSatisfiedBy(ClientFacts facts)
    {
        Preconditions.CheckNotNull(facts);
        if (!facts.TryGetValue(Name, out string value))
        {
            return false;
        }

        return Values.IsEmpty || Values.Any(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public override bool Equals(FactCondition? other) =>
        other is FactValueCondition c
        && string.Equals(c.Name, Name, StringComparison.OrdinalIgnoreCase)
        && c.Values.SequenceEqual(Values, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(Name), Values.Length);

    /// <summary>Returns a description such as <c>skin-type = very-fair</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Values.IsEmpty ? $"has {Name}" : $"{Name} = {string.Join(" | ", Values)}";
}

/// <summary>Conditions combined with and, or or not.</summary>
public sealed class FactCompositeCondition : FactCondition
{
    internal FactCompositeCondition(FactConditionKind kind, ImmutableArray<FactCondition> operands)
    {
        Kind = kind;
        Operands = operands;
    }

    /// <inheritdoc />
    public override FactConditionKind Kind { get; }

    /// <summary>Gets the combined conditions (one for <see cref="FactConditionKind.Not"/>).</summary>
    public ImmutableArray<FactCondition> Operands { get; }

    /// <inheritdoc />
    public override bool IsSatisfiedBy(ClientFacts facts) => Kind switch
    {
        FactConditionKind.And => Operands.All(c => c.IsSatisfiedBy(facts)),
        FactConditionKind.Or => Operands.Any(c => c.IsSatisfiedBy(facts)),
        _ => !Operands[0].IsSatisfiedBy(facts),
    };

    /// <inheritdoc />
    public override bool Equals(FactCondition? other) =>
        other is FactCompositeCondition c && c.Kind == Kind && c.Operands.SequenceEqual(Operands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Operands.Length);

    /// <summary>Returns a description such as <c>(skin-type = very-fair) and (not (has scabs))</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind == FactConditionKind.Not
        ? $"not ({Operands[0]})"
        : string.Join(Kind == FactConditionKind.And ? " and " : " or ", Operands.Select(o => $"({o})"));
}
