using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>Thrown when <see cref="SmpRulesOptions"/> are invalid; lists every problem found.</summary>
public sealed class SmpRulesOptionsException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SmpRulesOptionsException"/> class.</summary>
    public SmpRulesOptionsException()
        : this("The SmpRules options are invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SmpRulesOptionsException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public SmpRulesOptionsException(string message)
        : base(message)
    {
        Problems = new ReadOnlyCollection<string>(new[] { message });
    }

    /// <summary>Initializes a new instance of the <see cref="SmpRulesOptionsException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public SmpRulesOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = new ReadOnlyCollection<string>(new[] { message });
    }

    /// <summary>Initializes a new instance of the <see cref="SmpRulesOptionsException"/> class listing problems.</summary>
    /// <param name="problems">The problems, each a sentence; at least one.</param>
    public SmpRulesOptionsException(IEnumerable<string> problems)
        : this((problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private SmpRulesOptionsException(string[] problems)
        : base(problems.Length == 1
            ? "The SmpRules options have 1 problem:\n- " + problems[0]
            : $"The SmpRules options have {problems.Length} problems:" + string.Concat(problems.Select(p => "\n- " + p)))
    {
        Problems = new ReadOnlyCollection<string>(problems);
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
