using System;
using System.Collections.Generic;
using System.Linq;
using SmpRules.Rules;
using SmpRules.Timing;
using SmpRules.Utility;

namespace SmpRules.Protocols;

/// <summary>
/// Collects the rules of a protocol, then checks them all at once and builds an immutable <see cref="CareProtocol"/>.
/// </summary>
/// <remarks>
/// <para>The builder is the only mutable type of the model. <see cref="Build"/> reports every problem in one
/// <see cref="CareProtocolException"/>; once it has built a protocol, the builder cannot be changed or used again.</para>
/// <para>Instances are not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// CareProtocol clinic = StandardProtocol.Instance.ToBuilder()
///     .Update(StandardProtocol.RuleIds.KeepScalpDry, r => r with { Window = CareWindow.Days(0, 5) })
///     .Build();
/// </code>
/// </example>
public sealed class CareProtocolBuilder
{
    private readonly List<CareRule> _rules = new();
    private readonly List<ProtocolProblem> _pending = new();
    private bool _built;
    private string _name;
    private string _description = string.Empty;
    private string _defaultLanguage = "en";
    private DayNumbering _dayNumbering = DayNumbering.SessionDayIsZero;

    /// <summary>Initializes a new instance of the <see cref="CareProtocolBuilder"/> class for a new, empty protocol.</summary>
    /// <param name="name">The protocol's name, such as the clinic's name.</param>
    public CareProtocolBuilder(string name)
    {
        _name = Preconditions.CheckNotNull(name);
    }

    /// <summary>Gets or sets the protocol's name.</summary>
    public string Name
    {
        get => _name;
        set
        {
            CheckNotBuilt();
            _name = Preconditions.CheckNotNull(value);
        }
    }

    /// <summary>Gets or sets what the protocol is and where it comes from, for the people who maintain it (not shown to clients).</summary>
    /// <value>The default value is empty.</value>
    public string Description
    {
        get => _description;
        set
        {
            CheckNotBuilt();
            _description = Preconditions.CheckNotNull(value);
        }
    }

    /// <summary>Gets or sets the language of the rules' default texts, such as <c>en</c>.</summary>
    /// <value>The default value is <c>en</c>.</value>
    public string DefaultLanguage
    {
        get => _defaultLanguage;
        set
        {
            CheckNotBuilt();
            _defaultLanguage = Preconditions.CheckNotNull(value);
        }
    }

    /// <summary>Gets or sets how the clinic numbers days when it talks to clients.</summary>
    /// <value>The default value is <see cref="DayNumbering.SessionDayIsZero"/>.</value>
    public DayNumbering DayNumbering
    {
        get => _dayNumbering;
        set
        {
            CheckNotBuilt();
            _dayNumbering = value;
        }
    }

    /// <summary>Gets the rules added so far, in order.</summary>
    public IReadOnlyList<CareRule> Rules => _rules;

    /// <summary>Adds a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public CareProtocolBuilder Add(CareRule rule)
    {
        CheckNotBuilt();
        _rules.Add(Preconditions.CheckNotNull(rule));
        return this;
    }

    /// <summary>Adds rules.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <returns>This builder.</returns>
    public CareProtocolBuilder AddRange(IEnumerable<CareRule> rules)
    {
        Preconditions.CheckNotNull(rules);
        foreach (CareRule rule in rules)
        {
            Add(rule);
        }

        return this;
    }

    /// <summary>Replaces the rule that has the same id as <paramref name="rule"/>, keeping its place.</summary>
    /// <param name="rule">The new rule.</param>
    /// <returns>This builder. If no rule has that id, <see cref="Build"/> reports it.</returns>
    public CareProtocolBuilder Replace(CareRule rule)
    {
        Preconditions.CheckNotNull(rule);
        return Update(rule.Id, _ => rule, "replace");
    }

    /// <summary>Replaces a rule with a changed copy of itself, keeping its place.</summary>
    /// <param name="id">The id of the rule to change.</param>
    /// <param name="change">Makes the changed rule from the current one, typically with a <c>with</c> expression.</param>
    /// <returns>This builder. If no rule has that id, <see cref="Build"/> reports it.</returns>
    public CareProtocolBuilder Update(string id, Func<CareRule, CareRule> change) => Update(id, change, "update");

    /// <summary>Replaces a rule's window.</summary>
    /// <param name="id">The id of the rule.</param>
    /// <param name="window">The new window.</param>
    /// <returns>This builder. If no rule has that id, <see cref="Build"/> reports it.</returns>
    public CareProtocolBuilder WithWindow(string id, CareWindow window)
    {
        Preconditions.CheckNotNull(window);
        return Update(id, r => r with { Window = window }, "change the window of");
    }

    /// <summary>Removes a rule, and the references other rules make to it in <see cref="CareRule.SuspendedBy"/>.</summary>
    /// <param name="id">The id of the rule to remove.</param>
    /// <returns>This builder. If no rule has that id, <see cref="Build"/> reports it.</returns>
    public CareProtocolBuilder Remove(string id)
    {
        CheckNotBuilt();
        Preconditions.CheckNotNull(id);
        int removed = _rules.RemoveAll(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (removed == 0)
        {
            _pending.Add(new ProtocolProblem(ProtocolProblemCode.UnknownRule, $"Cannot remove rule '{id}': the protocol has no rule with that id.", id));
            return this;
        }

        for (int i = 0; i < _rules.Count; i++)
        {
            if (_rules[i].SuspendedBy.Contains(id, StringComparer.Ordinal))
            {
                _rules[i] = _rules[i] with { SuspendedBy = _rules[i].SuspendedBy.Remove(id, StringComparer.Ordinal) };
            }
        }

        return this;
    }

    /// <summary>Checks every rule and builds the protocol.</summary>
    /// <returns>The immutable, thread-safe protocol.</returns>
    /// <exception cref="CareProtocolException">The protocol has problems; the exception lists them all.</exception>
    /// <exception cref="InvalidOperationException">This builder has already built a protocol.</exception>
    public CareProtocol Build() => BuildChecked(checkRules: true);

    /// <summary>Builds the protocol; the rules' checks are left out when the caller has just run them (the JSON reader, which locates their problems).</summary>
    internal CareProtocol BuildChecked(bool checkRules)
    {
        CheckNotBuilt();
        var problems = new List<ProtocolProblem>(_pending);
        problems.AddRange(ProtocolValidator.Validate(_name, _defaultLanguage, _dayNumbering, checkRules ? _rules : []));
        if (problems.Count > 0)
        {
            throw new CareProtocolException(string.IsNullOrWhiteSpace(_name) ? "(unnamed)" : _name, problems);
        }

        _built = true;
        return new CareProtocol(_name, _description, _defaultLanguage, _dayNumbering, _rules.ToArray());
    }

    private CareProtocolBuilder Update(string id, Func<CareRule, CareRule> change, string verb)
    {
        CheckNotBuilt();
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(change);
        int index = _rules.FindIndex(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (index < 0)
        {
            _pending.Add(new ProtocolProblem(ProtocolProblemCode.UnknownRule, $"Cannot {verb} rule '{id}': the protocol has no rule with that id.", id));
            return this;
        }

        _rules[index] = Preconditions.CheckNotNull(change(_rules[index]), "the rule returned by change");
        return this;
    }

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built a protocol and cannot be changed or used again; call CareProtocol.ToBuilder() for a new builder.");
        }
    }
}
