using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SmpRules.Protocols;

/// <summary>
/// Thrown when a protocol is invalid, whether built in C# or loaded from JSON: it lists every problem found, each with
/// where it is (the rule id, and in a document the JSON path, line and column).
/// </summary>
public sealed class CareProtocolException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CareProtocolException"/> class with no problems listed.</summary>
    public CareProtocolException()
        : this("The protocol is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CareProtocolException"/> class with a message and no problems listed.</summary>
    /// <param name="message">The message.</param>
    public CareProtocolException(string message)
        : base(message)
    {
        Problems = ReadOnlyCollection<ProtocolProblem>.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="CareProtocolException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public CareProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = ReadOnlyCollection<ProtocolProblem>.Empty;
    }

    /// <summary>Initializes a new instance of the <see cref="CareProtocolException"/> class listing problems.</summary>
    /// <param name="protocolName">The protocol's name, or a file name, for the message.</param>
    /// <param name="problems">The problems; at least one.</param>
    public CareProtocolException(string protocolName, IEnumerable<ProtocolProblem> problems)
        : this(protocolName, (problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private CareProtocolException(string protocolName, ProtocolProblem[] problems)
        : base(Describe(protocolName, problems))
    {
        Problems = new ReadOnlyCollection<ProtocolProblem>(problems);
    }

    /// <summary>Gets every problem found, in the order found.</summary>
    public IReadOnlyList<ProtocolProblem> Problems { get; }

    /// <summary>The most problems the message lists, one a line; <see cref="Problems"/> holds every one.</summary>
    public const int MaxProblemsInMessage = 100;

    private static string Describe(string protocolName, ProtocolProblem[] problems)
    {
        string count = problems.Length == 1 ? "1 problem" : $"{problems.Length} problems";
        string listed = string.Concat(problems.Take(MaxProblemsInMessage).Select(p => "\n- " + p));
        int more = problems.Length - MaxProblemsInMessage;
        return more <= 0
            ? $"The protocol '{protocolName}' has {count}:{listed}"
            : $"The protocol '{protocolName}' has {count}:{listed}\n- and {more} more (Problems holds every one).";
    }
}
