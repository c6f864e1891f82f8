using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SmpRules.Protocols;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>The named protocols an app has registered with <c>AddSmpRules</c>; names ignore case.</summary>
public interface ICareProtocolCatalog
{
    /// <summary>Gets the names of the registered protocols, in registration order.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Gets the protocol used when a caller names none.</summary>
    CareProtocol Default { get; }

    /// <summary>Gets a protocol by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="KeyNotFoundException">No protocol has that name; the message lists the names there are.</exception>
    CareProtocol Get(string name);

    /// <summary>Gets a protocol by name, if there is one.</summary>
    /// <param name="name">The name.</param>
    /// <param name="protocol">The protocol, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> if a protocol has that name.</returns>
    bool TryGet(string name, [NotNullWhen(true)] out CareProtocol? protocol);
}
