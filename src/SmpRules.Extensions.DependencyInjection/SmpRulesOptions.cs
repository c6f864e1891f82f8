using System;
using System.Collections.Generic;
using SmpRules.Protocols;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="SmpRulesServiceCollectionExtensions.AddSmpRules(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SmpRulesOptions})"/>
/// registers: named protocols and the name of the default one.
/// </summary>
/// <remarks>
/// The options are read once, when the services are added; every problem is reported then, together, in one
/// <see cref="SmpRulesOptionsException"/>. Instances are not thread-safe; configure them in one place.
/// </remarks>
public sealed class SmpRulesOptions
{
    /// <summary>The name under which the Standard protocol is always registered: <c>standard</c>.</summary>
    public const string StandardProtocolName = "standard";

    private readonly List<KeyValuePair<string, CareProtocol>> _protocols = new();

    /// <summary>Gets or sets the name of the protocol used when a caller names none.</summary>
    /// <value>The default value is <see cref="StandardProtocolName"/>.</value>
    public string DefaultProtocol { get; set; } = StandardProtocolName;

    /// <summary>Gets the protocols added so far, by name, in the order added (the Standard protocol is added later, unless a protocol named <c>standard</c> replaces it).</summary>
    public IReadOnlyList<KeyValuePair<string, CareProtocol>> Protocols => _protocols;

    /// <summary>Adds a named protocol, such as a clinic's.</summary>
    /// <param name="name">The name apps use to ask for it; names ignore case.</param>
    /// <param name="protocol">The protocol.</param>
    /// <returns>These options.</returns>
    public SmpRulesOptions AddProtocol(string name, CareProtocol protocol)
    {
        _protocols.Add(new KeyValuePair<string, CareProtocol>(name, protocol));
        return this;
    }
}
