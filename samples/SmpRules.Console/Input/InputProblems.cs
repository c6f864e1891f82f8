using System.Collections.Generic;

namespace SmpRules.Cli.Input;

/// <summary>Collects the problems of a command line, so that the user sees all of them at once.</summary>
internal sealed class InputProblems
{
    private readonly List<string> _problems = [];

    public bool Any => _problems.Count > 0;

    public void Add(string problem) => _problems.Add(problem);

    public void AddRange(IEnumerable<string> problems) => _problems.AddRange(problems);

    /// <summary>Throws a <see cref="BadInputException"/> listing the problems, if there are any.</summary>
    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new BadInputException(_problems);
        }
    }
}
