using System;
using System.Collections.Generic;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>
/// The options of <c>AddSmpRules</c>: named protocols, from code or JSON files, and the name of the default one.
/// </summary>
/// <remarks>
/// <para>Read through <c>IOptions&lt;SmpRulesOptions&gt;</c> once, when the catalog is built; every problem (a name
/// given twice, a protocol file that does not load, a default that is not registered) is reported then, together, in
/// one <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>. With a generic host that happens when the
/// host starts.</para>
/// <para>Instances are not thread-safe; configure them in the configure action.</para>
/// </remarks>
public sealed class SmpRulesOptions
{
    /// <summary>The name under which the Standard protocol is registered unless a protocol of that name replaces it: <c>standard</c>.</summary>
    public const string StandardProtocolName = "standard";

    private readonly List<KeyValuePair<string, CareProtocol>> _protocols = new();
    private readonly List<string> _loadProblems = new();

    /// <summary>Gets or sets the name of the protocol used when a caller names none.</summary>
    /// <value>The default value is <see cref="StandardProtocolName"/>.</value>
    public string DefaultProtocol { get; set; } = StandardProtocolName;

    /// <summary>Gets the protocols added so far, by name, in the order added (the Standard protocol comes last, unless a protocol named <c>standard</c> replaces it).</summary>
    public IReadOnlyList<KeyValuePair<string, CareProtocol>> Protocols => _protocols;

    /// <summary>Gets the problems met loading protocol files (<see cref="AddProtocolFile"/>), reported with the other problems when the options are checked.</summary>
    internal IReadOnlyList<string> LoadProblems => _loadProblems;

    /// <summary>Adds a named protocol, such as a clinic's built in C#.</summary>
    /// <param name="name">The name apps use to ask for it; names ignore case.</param>
    /// <param name="protocol">The protocol.</param>
    /// <returns>These options, for chaining.</returns>
    public SmpRulesOptions AddProtocol(string name, CareProtocol protocol)
    {
        _protocols.Add(new KeyValuePair<string, CareProtocol>(name, protocol));
        return this;
    }

    /// <summary>Adds a named protocol from a JSON file in the protocol format (docs/protocol-format.md).</summary>
    /// <param name="name">The name apps use to ask for it; names ignore case.</param>
    /// <param name="path">The file's path; a relative path is relative to the current directory (combine it with the host's content root to be independent of it).</param>
    /// <returns>These options, for chaining.</returns>
    /// <remarks>
    /// The file is read now, once. A file that cannot be read or is not a valid protocol is not an exception here: its
    /// errors, with line and column, are reported with every other problem when the options are checked.
    /// </remarks>
    public SmpRulesOptions AddProtocolFile(string name, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return AddProtocol(name, CareProtocolJson.LoadFile(path));
        }
        catch (CareProtocolException e)
        {
            _loadProblems.Add($"The protocol '{name}' does not load from {path}: {e.Message}");
        }

        return this;
    }
}
