namespace SmpRules.Protocols;

/// <summary>Whether a <see cref="ProtocolProblem"/> stops a protocol from being built.</summary>
public enum ProtocolProblemSeverity
{
    /// <summary>The protocol cannot be built or loaded until it is fixed.</summary>
    Error = 0,

    /// <summary>The protocol works, but something in it does nothing or is incomplete (see <see cref="CareProtocol.Warnings"/>); <c>smp-care protocol validate --strict</c> fails on it.</summary>
    Warning = 1,
}
