using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Docs;

/// <summary>
/// docs/console.md and docs/comparing-protocols.md cannot lie: every example marked <c>&lt;!-- smp-care-example --&gt;</c> is a bash block with one
/// smp-care command followed by a block with its exact output, and this test runs the command and compares. Set
/// SMPRULES_UPDATE_CONSOLE_DOCS=1 to rewrite the outputs instead (then read the diff).
/// </summary>
public partial class ConsoleDocsTests
{
    private const string Marker = "<!-- smp-care-example -->";

    [Theory]
    [InlineData("console.md", 3)]
    [InlineData("comparing-protocols.md", 1)]
    public async Task EveryExample_PrintsWhatTheDocShows(string page, int least)
    {
        string path = Repository.File(Path.Combine("docs", page));
        string doc = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        MatchCollection examples = Example().Matches(doc);
        examples.Count.Should().BeGreaterThanOrEqualTo(least, $"docs/{page} shows its commands with their output");
        doc.Split(Marker).Length.Should().Be(examples.Count + 1, "every marker is followed by a bash block with one command and an output block");

        SmpCareRun[] runs = await Task.WhenAll(examples.Select(m => SmpCare.RunAsync(Arguments(m.Groups["command"].Value), null, Repository.Root)));
        var updated = new StringBuilder();
        int copied = 0;
        var problems = new List<string>();
        for (int i = 0; i < examples.Count; i++)
        {
            Match example = examples[i];
            string command = example.Groups["command"].Value;
            string expected = example.Groups["output"].Value;
            string actual = Normalize(runs[i].Output);
            runs[i].ExitCode.Should().Be(0, $"'{command}' should succeed; it wrote: {runs[i].Error}");
            if (actual != expected)
            {
                problems.Add($"docs/{page}: the output of '{command}' differs from what the program prints (if the change is meant, run the tests with SMPRULES_UPDATE_CONSOLE_DOCS=1 to update the page):\n{actual}");
            }

            Group output = example.Groups["output"];
            updated.Append(doc, copied, output.Index - copied).Append(actual);
            copied = output.Index + output.Length;
        }

        updated.Append(doc, copied, doc.Length - copied);
        if (Environment.GetEnvironmentVariable("SMPRULES_UPDATE_CONSOLE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, updated.ToString());
            return;
        }

        problems.Should().BeEmpty();
    }

    private static string[] Arguments(string command)
    {
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        words[0].Should().Be("smp-care");
        return words[1..];
    }

    private static string Normalize(string output) =>
        string.Join('\n', output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n') + "\n";

    [GeneratedRegex("<!-- smp-care-example -->\n```bash\n(?<command>smp-care [^\n]*)\n```\n```(?:text|json)\n(?<output>(?:[^`][^\n]*\n|\n)*?)```", RegexOptions.CultureInvariant)]
    private static partial Regex Example();
}
