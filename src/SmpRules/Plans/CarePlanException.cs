using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SmpRules.Plans;

/// <summary>
/// Thrown when a plan is invalid: an unknown time zone, no sessions, a session in a daylight-saving gap, or two
/// sessions at one instant. It lists every problem found.
/// </summary>
public sealed class CarePlanException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CarePlanException"/> class.</summary>
    public CarePlanException()
        : this("The plan is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CarePlanException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public CarePlanException(string message)
        : base(message)
    {
        Problems = new ReadOnlyCollection<string>(new[] { message });
    }

    /// <summary>Initializes a new instance of the <see cref="CarePlanException"/> class with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public CarePlanException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = new ReadOnlyCollection<string>(new[] { message });
    }

    /// <summary>Initializes a new instance of the <see cref="CarePlanException"/> class listing problems.</summary>
    /// <param name="problems">The problems, each a sentence; at least one.</param>
    public CarePlanException(IEnumerable<string> problems)
        : this((problems ?? throw new ArgumentNullException(nameof(problems))).ToArray())
    {
    }

    private CarePlanException(string[] problems)
        : base(problems.Length == 1 ? problems[0] : $"The plan has {problems.Length} problems:" + string.Concat(problems.Select(p => "\n- " + p)))
    {
        Problems = new ReadOnlyCollection<string>(problems);
    }

    /// <summary>Gets every problem found, each a sentence saying what is wrong and where.</summary>
    public IReadOnlyList<string> Problems { get; }
}
