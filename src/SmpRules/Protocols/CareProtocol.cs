using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Linq;
using SmpRules.Plans;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
using SmpRules.Utility;

namespace SmpRules.Protocols;

/// <summary>
/// A validated set of care rules, such as <see cref="StandardProtocol.Instance"/> or a clinic's own protocol. Apply it to
/// a client's plan with <see cref="Apply"/> to get the client's <see cref="CareSchedule"/>.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="CareProtocolBuilder"/>, derive one with <see cref="ToBuilder"/>, <see cref="With"/>,
/// <see cref="Without"/>, <see cref="WithRule"/> and <see cref="WithWindow"/>: every derived protocol is validated again.</para>
/// <para>Instances are immutable and thread-safe, and compare by value.</para>
/// </remarks>
public sealed class CareProtocol : IEquatable<CareProtocol>
{
    private readonly Dictionary<string, int> _index;
    private InstantEvaluator? _instantEvaluator;
    private Scheduling.ProtocolJsonText? _jsonText;
    private ProtocolProblem[]? _warnings;

    internal CareProtocol(string name, string description, string defaultLanguage, DayNumbering dayNumbering, CareRule[] rules)
    {
        Name = name;
        Description = description;
        DefaultLanguage = defaultLanguage;
        DayNumbering = dayNumbering;
        Rules = ImmutableArray.Create(rules);
        _index = new Dictionary<string, int>(rules.Length, StringComparer.Ordinal);
        for (int i = 0; i < rules.Length; i++)
        {
            _index.Add(rules[i].Id, i);
        }

        SuspenderIndexes = rules.Select(r => r.SuspendedBy.Select(id => _index[id]).ToArray()).ToArray();
        PrecedenceOrder = OrderByPrecedence(SuspenderIndexes);
    }

    /// <summary>Gets the protocol's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the protocol is and where it comes from, for the people who maintain it (not shown to clients).</summary>
    /// <value>Empty unless set with <see cref="CareProtocolBuilder.Description"/>.</value>
    public string Description { get; }

    /// <summary>Gets the language of the rules' default texts, such as <c>en</c>.</summary>
    public string DefaultLanguage { get; }

    /// <summary>Gets how the clinic numbers days when it talks to clients (display only).</summary>
    public DayNumbering DayNumbering { get; }

    /// <summary>Gets the rules, in the protocol's order.</summary>
    public ImmutableArray<CareRule> Rules { get; }

    /// <summary>
    /// Gets what in the protocol does nothing or is incomplete, though it works: a rule that can never apply, a
    /// suspension that can never take effect, a text with no translation for a culture other rules have, and (for a
    /// protocol read from JSON) a declared family or activity no rule uses, located in the document. Found on first
    /// read (a search over plans for each suspension), then kept.
    /// </summary>
    public ImmutableArray<ProtocolProblem> Warnings
    {
        get
        {
            ProtocolProblem[] warnings = System.Threading.Volatile.Read(ref _warnings)
                ?? System.Threading.Interlocked.CompareExchange(ref _warnings, [.. ProtocolValidator.Warnings(DefaultLanguage, Rules)], null)
                ?? _warnings!;
            return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(warnings);
        }
    }

    /// <summary>Sets the warnings a protocol document's reader found (located in the document).</summary>
    internal void SetWarnings(IEnumerable<ProtocolProblem> warnings) => _warnings = [.. warnings];

    /// <summary>For each rule, the indexes of the rules that suspend it.</summary>
    internal int[][] SuspenderIndexes { get; }

    /// <summary>Rule indexes ordered so that every rule comes after the rules that suspend it (validation rules out cycles).</summary>
    internal int[] PrecedenceOrder { get; }

    /// <summary>Gets the rule with an id.</summary>
    /// <param name="id">The rule's id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The protocol has no rule with that id.</exception>
    public CareRule GetRule(string id) =>
        TryGetRule(id, out CareRule? rule) ? rule : throw new KeyNotFoundException($"The protocol '{Name}' has no rule with the id '{id}'.");

    /// <summary>Gets the rule with an id, if there is one.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="rule">The rule, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if the protocol has a rule with that id.</returns>
    public bool TryGetRule(string id, [NotNullWhen(true)] out CareRule? rule)
    {
        Preconditions.CheckNotNull(id);
        if (_index.TryGetValue(id, out int i))
        {
            rule = Rules[i];
            return true;
        }

        rule = null;
        return false;
    }

    /// <summary>Returns a session day number as the clinic says it to clients, following <see cref="DayNumbering"/>.</summary>
    /// <param name="sessionDay">The engine's day number: 0 on the session's local date.</param>
    /// <returns>The day number to display.</returns>
    public int ToDisplayDay(int sessionDay) =>
        DayNumbering == DayNumbering.SessionDayIsOne && sessionDay >= 0 ? sessionDay + 1 : sessionDay;

    /// <summary>Returns a new builder holding this protocol's name, settings and rules.</summary>
    /// <returns>The builder.</returns>
    [Pure]
    public CareProtocolBuilder ToBuilder() =>
        new CareProtocolBuilder(Name) { Description = Description, DefaultLanguage = DefaultLanguage, DayNumbering = DayNumbering }.AddRange(Rules);

    /// <summary>Returns this protocol with a rule added, or replaced where a rule has the same id.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new protocol.</returns>
    /// <exception cref="CareProtocolException">The new protocol has problems.</exception>
    [Pure]
    public CareProtocol With(CareRule rule)
    {
        Preconditions.CheckNotNull(rule);
        CareProtocolBuilder builder = ToBuilder();
        return (_index.ContainsKey(rule.Id ?? string.Empty) ? builder.Replace(rule) : builder.Add(rule)).Build();
    }

    /// <summary>Returns this protocol without a rule (and without references to it).</summary>
    /// <param name="id">The id of the rule to remove.</param>
    /// <returns>The new protocol.</returns>
    /// <exception cref="CareProtocolException">The protocol has no rule with that id.</exception>
    [Pure]
    public CareProtocol Without(string id) => ToBuilder().Remove(id).Build();

    /// <summary>Returns this protocol with one rule changed.</summary>
    /// <param name="id">The id of the rule to change.</param>
    /// <param name="change">Makes the changed rule, typically with a <c>with</c> expression.</param>
    /// <returns>The new protocol.</returns>
    /// <exception cref="CareProtocolException">The protocol has no rule with that id, or the change makes it invalid.</exception>
    [Pure]
    public CareProtocol WithRule(string id, Func<CareRule, CareRule> change) => ToBuilder().Update(id, change).Build();

    /// <summary>Returns this protocol with one rule's window replaced.</summary>
    /// <param name="id">The id of the rule.</param>
    /// <param name="window">The new window.</param>
    /// <returns>The new protocol.</returns>
    /// <exception cref="CareProtocolException">The protocol has no rule with that id, or the window is invalid.</exception>
    /// <example><c>StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5))</c></example>
    [Pure]
    public CareProtocol WithWindow(string id, CareWindow window) => ToBuilder().WithWindow(id, window).Build();

    /// <summary>Applies this protocol to a client's plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The client's schedule, ready for questions. Applying is cheap: the course is compiled on the first question that needs it (see <see cref="CareSchedule"/>).</returns>
    public CareSchedule Apply(CarePlan plan) => CareSchedule.Create(this, plan);

    /// <summary>The protocol prepared for point questions on schedules not yet compiled; made once, on first use.</summary>
    internal InstantEvaluator Evaluator => _instantEvaluator ??= new InstantEvaluator(this);

    /// <summary>The rules' ids, families and texts escaped for JSON answers; made once, on first use.</summary>
    internal Scheduling.ProtocolJsonText JsonText => _jsonText ??= new Scheduling.ProtocolJsonText(this);

    /// <inheritdoc />
    public bool Equals(CareProtocol? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(DefaultLanguage, other.DefaultLanguage, StringComparison.OrdinalIgnoreCase)
        && DayNumbering == other.DayNumbering
        && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CareProtocol other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Rules.Length);

    private static int[] OrderByPrecedence(int[][] suspenders)
    {
        var order = new List<int>(suspenders.Length);
        var seen = new bool[suspenders.Length];

        void Visit(int rule)
        {
            if (seen[rule])
            {
                return;
            }

            seen[rule] = true;
            foreach (int s in suspenders[rule])
            {
                Visit(s);
            }

            order.Add(rule);
        }

        for (int i = 0; i < suspenders.Length; i++)
        {
            Visit(i);
        }

        return order.ToArray();
    }

    /// <summary>Returns the protocol's name and number of rules.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} ({Rules.Length} rules)";
}
