using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SmpRules.Cli.Input;

/// <summary>Thrown when the command line is wrong; lists every problem, each one sentence for the user.</summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(IEnumerable<string> problems)
        : this(problems.ToArray())
    {
    }

    private BadInputException(string[] problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = new ReadOnlyCollection<string>(problems);
    }

    /// <summary>Gets every problem found, in the order of the command line.</summary>
    public IReadOnlyList<string> Problems { get; }
}
