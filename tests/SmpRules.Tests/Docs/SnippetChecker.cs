using System.Text;
using System.Text.RegularExpressions;

namespace SmpRules.Tests.Docs;

/// <summary>A <c>#region name</c> ... <c>#endregion</c> block of a snippet source file, de-indented.</summary>
/// <remarks>A region holds the lines of the regions nested in it, their #region and #endregion lines included.</remarks>
internal sealed record SnippetRegion(string Name, string File, int Line, string Text)
{
    /// <summary>Gets the names of the regions this one is nested in.</summary>
    public IReadOnlyList<string> Enclosing { get; init; } = Array.Empty<string>();

    /// <summary>Gets the names of the regions nested in this one.</summary>
    public IReadOnlyList<string> Nested { get; init; } = Array.Empty<string>();
}

/// <summary>What the HTML comment on the line before a code fence says about the block.</summary>
internal enum MarkerKind
{
    /// <summary>No marker.</summary>
    None,

    /// <summary><c>&lt;!-- snippet: a --&gt;</c> or <c>&lt;!-- snippet: a + b --&gt;</c>: the block is the text of these regions.</summary>
    Snippet,

    /// <summary><c>&lt;!-- output: a --&gt;</c>: the block is what snippet <c>a</c> prints.</summary>
    Output,

    /// <summary><c>&lt;!-- no-snippet --&gt;</c>: a block that is not C# (a shell command, JSON) and is deliberately not checked.</summary>
    NoSnippet,
}

/// <summary>A fenced code block of a markdown file, with the marker on the line before its fence.</summary>
/// <remarks><c>ContentStart</c> and <c>ContentEnd</c> are the 0-based lines of the content and of the closing fence; <c>Indent</c> is the fence's indentation.</remarks>
internal sealed record MarkdownBlock(string File, int Line, string Language, MarkerKind Marker, IReadOnlyList<string> Names, string Text, int ContentStart, int ContentEnd, string Indent);

/// <summary>
/// The rules that keep docs code true: every C# block in the docs is the text of compiled regions, every output block is
/// what its snippet prints. Pure functions over texts, so that the rules themselves are tested (SnippetCheckerTests).
/// </summary>
internal static partial class SnippetChecker
{
    /// <summary>The languages of fences that hold C#.</summary>
    private static readonly HashSet<string> CSharpLanguages = new(StringComparer.OrdinalIgnoreCase) { "csharp", "cs", "c#", "cs-interactive" };

    /// <summary>Returns whether a fence language is C#.</summary>
    internal static bool IsCSharp(string language) => CSharpLanguages.Contains(language);

    /// <summary>Reads the regions of a C# file; problems (unclosed regions, bad names) are added to <paramref name="problems"/>.</summary>
    internal static List<SnippetRegion> ParseRegions(string file, string text, List<string> problems)
    {
        string[] lines = SplitLines(text);
        var regions = new List<SnippetRegion>();
        var open = new Stack<(string Name, int Line, List<string> Body, List<string> Nested)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            Match start = RegionStart().Match(trimmed);
            if (start.Success)
            {
                string name = start.Groups["name"].Value.Trim();
                if (!SnippetName().IsMatch(name))
                {
                    problems.Add($"{file}:{i + 1}: the region name '{name}' is not a snippet name: use lower-case words joined by hyphens, such as 'getting-started-first-plan'.");
                }

                foreach (var outer in open)
                {
                    outer.Body.Add(lines[i]);
                    outer.Nested.Add(name);
                }

                open.Push((name, i + 1, new List<string>(), new List<string>()));
                continue;
            }

            if (trimmed.StartsWith("#endregion", StringComparison.Ordinal))
            {
                if (open.Count == 0)
                {
                    problems.Add($"{file}:{i + 1}: #endregion has no #region to close.");
                    continue;
                }

                var (name, line, body, nested) = open.Pop();
                regions.Add(new SnippetRegion(name, file, line, Normalize(body)) { Enclosing = open.Select(o => o.Name).ToList(), Nested = nested });
                foreach (var outer in open)
                {
                    outer.Body.Add(lines[i]);
                }

                continue;
            }

            foreach (var region in open)
            {
                region.Body.Add(lines[i]);
            }
        }

        foreach (var (name, line, _, _) in open)
        {
            problems.Add($"{file}:{line}: the region '{name}' is never closed with #endregion.");
        }

        return regions;
    }

    /// <summary>Reads the fenced code blocks of a markdown file and their markers; problems with markers are added to <paramref name="problems"/>.</summary>
    internal static List<MarkdownBlock> ParseMarkdown(string file, string text, List<string> problems)
    {
        string[] lines = SplitLines(text);
        var blocks = new List<MarkdownBlock>();
        int i = 0;
        while (i < lines.Length)
        {
            Match marker = MarkerLine().Match(lines[i]);
            Match fence = FenceOpen().Match(lines[i]);
            if (!fence.Success)
            {
                if (marker.Success || LooksLikeMarker().IsMatch(lines[i]))
                {
                    bool nextIsFence = i + 1 < lines.Length && FenceOpen().IsMatch(lines[i + 1]);
                    if (!marker.Success)
                    {
                        problems.Add($"{file}:{i + 1}: the marker '{lines[i].Trim()}' is malformed; write <!-- snippet: name -->, <!-- snippet: a + b -->, <!-- output: name --> or <!-- no-snippet -->.");
                    }
                    else if (!nextIsFence)
                    {
                        problems.Add($"{file}:{i + 1}: the marker '{lines[i].Trim()}' must be on the line just before a code fence (```).");
                    }
                }

                i++;
                continue;
            }

            string indent = fence.Groups["indent"].Value;
            string fenceText = fence.Groups["fence"].Value;
            string language = fence.Groups["info"].Value.Trim().Split(' ', 2)[0];
            int open = i;
            int close = i + 1;
            while (close < lines.Length && !IsClosingFence(lines[close], fenceText))
            {
                close++;
            }

            var body = new List<string>();
            for (int k = open + 1; k < close && k < lines.Length; k++)
            {
                string line = lines[k];
                int strip = 0;
                while (strip < indent.Length && strip < line.Length && line[strip] == ' ')
                {
                    strip++;
                }

                body.Add(line[strip..]);
            }

            MarkerKind kind = MarkerKind.None;
            IReadOnlyList<string> names = Array.Empty<string>();
            if (open > 0)
            {
                Match m = MarkerLine().Match(lines[open - 1]);
                if (m.Success)
                {
                    kind = m.Groups["kind"].Value switch
                    {
                        "snippet" => MarkerKind.Snippet,
                        "output" => MarkerKind.Output,
                        _ => MarkerKind.NoSnippet,
                    };
                    names = m.Groups["names"].Value.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (kind != MarkerKind.NoSnippet && names.Count == 0)
                    {
                        problems.Add($"{file}:{open}: the marker '{lines[open - 1].Trim()}' names no snippet.");
                    }
                }
            }

            blocks.Add(new MarkdownBlock(file, open + 1, language, kind, names, Normalize(body), open + 1, close, indent));
            i = close + 1;
        }

        return blocks;
    }

    /// <summary>
    /// Checks the blocks of the docs against the regions and recorded outputs: every C# block is a snippet whose text is
    /// the regions' text, every output block is its snippet's recorded output, and every region is shown somewhere.
    /// </summary>
    /// <param name="blocks">The blocks of every markdown file.</param>
    /// <param name="regions">The regions of every snippet file.</param>
    /// <param name="outputs">The recorded output of each runnable snippet, by name.</param>
    /// <param name="runnable">The names of the snippets a test runs.</param>
    /// <returns>Every problem, each a sentence starting with <c>file:line:</c>.</returns>
    internal static List<string> Check(
        IReadOnlyList<MarkdownBlock> blocks,
        IReadOnlyList<SnippetRegion> regions,
        IReadOnlyDictionary<string, string> outputs,
        IReadOnlySet<string> runnable)
    {
        var problems = new List<string>();
        var byName = new Dictionary<string, SnippetRegion>(StringComparer.Ordinal);
        foreach (SnippetRegion region in regions)
        {
            if (!byName.TryAdd(region.Name, region))
            {
                SnippetRegion first = byName[region.Name];
                problems.Add($"{region.File}:{region.Line}: the region '{region.Name}' is also defined at {first.File}:{first.Line}; snippet names must be unique.");
            }
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (MarkdownBlock block in blocks)
        {
            string where = $"{block.File}:{block.Line}";
            switch (block.Marker)
            {
                case MarkerKind.None when IsCSharp(block.Language):
                    problems.Add($"{where}: this {block.Language} block has no <!-- snippet: name --> marker on the line before it; put the code in a #region of tests/SmpRules.Tests/Docs/Snippets/*.cs and mark the block (see docs/contributing.md).");
                    break;
                case MarkerKind.None when block.Language.Length == 0:
                    problems.Add($"{where}: this code block has no language; name it (```bash, ```json, ```text), or, if it is C#, make it a snippet (see docs/contributing.md).");
                    break;
                case MarkerKind.NoSnippet when IsCSharp(block.Language):
                    problems.Add($"{where}: <!-- no-snippet --> is only for blocks that are not C#; this {block.Language} block must be a snippet.");
                    break;
                case MarkerKind.Snippet:
                    CheckSnippetBlock(block, where, byName, shown, problems);
                    break;
                case MarkerKind.Output:
                    CheckOutputBlock(block, where, outputs, problems);
                    break;
            }
        }

        foreach (SnippetRegion region in byName.Values)
        {
            // A region shown inside a larger region that a doc shows is shown too.
            if (!shown.Contains(region.Name) && !region.Enclosing.Any(shown.Contains))
            {
                problems.Add($"{region.File}:{region.Line}: the region '{region.Name}' is not shown in README.md or docs/; show it with <!-- snippet: {region.Name} --> or delete it.");
            }

            bool run = runnable.Contains(region.Name) || region.Enclosing.Any(runnable.Contains) || region.Nested.Any(runnable.Contains);
            if (!region.Name.EndsWith("-usings", StringComparison.Ordinal) && !run)
            {
                problems.Add($"{region.File}:{region.Line}: the region '{region.Name}' is not run by any test; put it in a method marked [Snippet(\"{region.Name}\")], or nest it in or around such a region (regions named *-usings only need to compile).");
            }
        }

        foreach (string name in runnable.Where(n => !byName.ContainsKey(n)).Order(StringComparer.Ordinal))
        {
            problems.Add($"The method marked [Snippet(\"{name}\")] has no region named '{name}'.");
        }

        return problems;
    }

    /// <summary>Returns the markdown text with every snippet and output block replaced by what it should be.</summary>
    internal static string Rewrite(string text, IReadOnlyList<MarkdownBlock> blocks, IReadOnlyList<SnippetRegion> regions, IReadOnlyDictionary<string, string> outputs)
    {
        string[] lines = SplitLines(text);
        var byName = regions.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new StringBuilder();
        int next = 0;
        foreach (MarkdownBlock block in blocks.OrderBy(b => b.ContentStart))
        {
            string? replacement = block.Marker switch
            {
                MarkerKind.Snippet when block.Names.All(byName.ContainsKey) => string.Join("\n\n", block.Names.Select(n => byName[n].Text)),
                MarkerKind.Output when block.Names.Count == 1 && outputs.TryGetValue(block.Names[0], out string? output) => output,
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            for (; next < block.ContentStart; next++)
            {
                result.Append(lines[next]).Append('\n');
            }

            foreach (string line in replacement.Length == 0 ? Array.Empty<string>() : replacement.Split('\n'))
            {
                result.Append(line.Length == 0 ? string.Empty : block.Indent).Append(line).Append('\n');
            }

            next = block.ContentEnd;
        }

        for (; next < lines.Length; next++)
        {
            result.Append(lines[next]);
            if (next < lines.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    /// <summary>Removes the common indentation, trailing spaces and leading and trailing blank lines; joins with \n.</summary>
    internal static string Normalize(IEnumerable<string> lines)
    {
        List<string> list = lines.Select(l => l.TrimEnd()).ToList();
        while (list.Count > 0 && list[0].Length == 0)
        {
            list.RemoveAt(0);
        }

        while (list.Count > 0 && list[^1].Length == 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        int indent = list.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", list.Select(l => l.Length >= indent ? l[indent..] : l));
    }

    /// <summary>Normalizes a text (such as a recorded output): \n line ends, trailing spaces and blank lines removed.</summary>
    internal static string Normalize(string text) => Normalize(SplitLines(text));

    private static void CheckSnippetBlock(MarkdownBlock block, string where, Dictionary<string, SnippetRegion> byName, HashSet<string> shown, List<string> problems)
    {
        var texts = new List<string>();
        foreach (string name in block.Names)
        {
            if (byName.TryGetValue(name, out SnippetRegion? region))
            {
                shown.Add(name);
                texts.Add(region.Text);
            }
            else
            {
                problems.Add($"{where}: the snippet '{name}' does not exist; add #region {name} to a file in tests/SmpRules.Tests/Docs/Snippets/.");
            }
        }

        if (!IsCSharp(block.Language))
        {
            problems.Add($"{where}: a snippet block must be fenced as ```csharp, not ```{block.Language}.");
        }

        if (texts.Count == block.Names.Count && texts.Count > 0)
        {
            string expected = string.Join("\n\n", texts);
            string? difference = FirstDifference(expected, block.Text);
            if (difference is not null)
            {
                problems.Add($"{where}: the block differs from snippet '{string.Join(" + ", block.Names)}' ({difference}); copy the region's text or run the docs tests with SMPRULES_UPDATE_SNIPPETS=1.");
            }
        }
    }

    private static void CheckOutputBlock(MarkdownBlock block, string where, IReadOnlyDictionary<string, string> outputs, List<string> problems)
    {
        if (block.Names.Count != 1)
        {
            problems.Add($"{where}: an output block shows the output of exactly one snippet.");
            return;
        }

        if (IsCSharp(block.Language))
        {
            problems.Add($"{where}: an output block must not be fenced as C#; use ```text.");
        }

        if (!outputs.TryGetValue(block.Names[0], out string? output))
        {
            problems.Add($"{where}: the snippet '{block.Names[0]}' has no recorded output (Docs/Snippets/Output/{block.Names[0]}.txt).");
            return;
        }

        string? difference = FirstDifference(output, block.Text);
        if (difference is not null)
        {
            problems.Add($"{where}: the block differs from the recorded output of '{block.Names[0]}' ({difference}); copy the output or run the docs tests with SMPRULES_UPDATE_SNIPPETS=1.");
        }
    }

    /// <summary>Describes the first line where two texts differ, or returns null when they are equal.</summary>
    internal static string? FirstDifference(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return null;
        }

        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string? el = i < e.Length ? e[i] : null;
            string? al = i < a.Length ? a[i] : null;
            if (!string.Equals(el, al, StringComparison.Ordinal))
            {
                return $"line {i + 1} of the block is {Quote(al)}, expected {Quote(el)}";
            }
        }

        return "they differ";
    }

    private static string Quote(string? line) => line is null ? "missing" : $"'{line}'";

    private static bool IsClosingFence(string line, string fence)
    {
        string trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    [GeneratedRegex(@"^#region\s+(?<name>.+)$")]
    private static partial Regex RegionStart();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SnippetName();

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^\s*<!--\s*(?:(?<kind>snippet|output)\s*:\s*(?<names>[a-z0-9+\-\s]+?)|(?<kind>no-snippet))\s*-->\s*$")]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"^\s*<!--\s*(snippet|output|no-snippet)\b")]
    private static partial Regex LooksLikeMarker();
}
