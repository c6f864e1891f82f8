using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.Extensions.Options;
using SmpRules.Protocols;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>The immutable, thread-safe catalog built from <see cref="SmpRulesOptions"/>.</summary>
internal sealed class CareProtocolCatalog : ICareProtocolCatalog
{
    private readonly Dictionary<string, CareProtocol> _protocols;

    private CareProtocolCatalog(List<KeyValuePair<string, CareProtocol>> protocols, string defaultName)
    {
        _protocols = new Dictionary<string, CareProtocol>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, CareProtocol> pair in protocols)
        {
            _protocols.Add(pair.Key, pair.Value);
        }

        Names = protocols.Select(p => p.Key).ToArray();
        Default = _protocols[defaultName];
    }

    public IReadOnlyList<string> Names { get; }

    public CareProtocol Default { get; }

    public CareProtocol Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out CareProtocol? protocol)
            ? protocol
            : throw new KeyNotFoundException($"No care protocol is registered under the name '{name}'; the registered names are {string.Join(", ", Names.Select(n => $"'{n}'"))}.");
    }

    public bool TryGet(string name, [NotNullWhen(true)] out CareProtocol? protocol)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _protocols.TryGetValue(name, out protocol);
    }

    /// <summary>Builds the catalog from options that <see cref="SmpRulesOptionsValidator"/> has passed.</summary>
    internal static CareProtocolCatalog Create(SmpRulesOptions options)
    {
        List<string> problems = Problems(options, out List<KeyValuePair<string, CareProtocol>> protocols);
        if (problems.Count > 0)
        {
            // Only when the options were changed after they were checked.
            throw new OptionsValidationException(Options.DefaultName, typeof(SmpRulesOptions), problems);
        }

        return new CareProtocolCatalog(protocols, options.DefaultProtocol);
    }

    /// <summary>Every problem of the options, in order, and the protocols they register (the Standard protocol added last unless replaced).</summary>
    internal static List<string> Problems(SmpRulesOptions options, out List<KeyValuePair<string, CareProtocol>> protocols)
    {
        var problems = new List<string>(options.LoadProblems);
        protocols = new List<KeyValuePair<string, CareProtocol>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Protocols.Count; i++)
        {
            (string name, CareProtocol protocol) = (options.Protocols[i].Key, options.Protocols[i].Value);
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add($"Protocol {i + 1} has no name; give every protocol a name apps can ask for.");
                continue;
            }

            if (protocol is null)
            {
                problems.Add($"The protocol named '{name}' is null.");
                continue;
            }

            if (!seen.Add(name))
            {
                problems.Add($"More than one protocol is named '{name}'; names must be unique (ignoring case).");
                continue;
            }

            protocols.Add(new KeyValuePair<string, CareProtocol>(name, protocol));
        }

        if (seen.Add(SmpRulesOptions.StandardProtocolName))
        {
            protocols.Add(new KeyValuePair<string, CareProtocol>(SmpRulesOptions.StandardProtocolName, StandardProtocol.Instance));
        }

        if (string.IsNullOrWhiteSpace(options.DefaultProtocol))
        {
            problems.Add("The default protocol has no name; leave it as 'standard' or name a registered protocol.");
        }
        else if (!seen.Contains(options.DefaultProtocol))
        {
            problems.Add($"The default protocol '{options.DefaultProtocol}' is not registered; the registered names are {string.Join(", ", protocols.Select(p => $"'{p.Key}'"))}.");
        }

        return problems;
    }
}

/// <summary>Checks <see cref="SmpRulesOptions"/>, reporting every problem at once.</summary>
internal sealed class SmpRulesOptionsValidator : IValidateOptions<SmpRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SmpRulesOptions options)
    {
        List<string> problems = CareProtocolCatalog.Problems(options, out _);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
