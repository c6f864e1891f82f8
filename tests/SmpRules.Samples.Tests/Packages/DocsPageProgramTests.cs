using System.IO;
using System.Threading.Tasks;
using SmpRules.Samples.Tests.Support;

namespace SmpRules.Samples.Tests.Packages;

/// <summary>
/// A docs page as a reader uses it: every C# block of the page pasted in order into the Program.cs of a new console
/// app that references the packages by version, run from the repository's root, prints the page's output blocks in
/// order.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class DocsPageProgramTests(PackagesFixture packages)
{
    /// <summary>
    /// Gets every page with C# examples: README.md, the package READMEs and docs/*.md, except docs/contributing.md, whose
    /// examples show how a snippet test is written rather than a program to run.
    /// </summary>
    public static TheoryData<string> Pages => new(PageList());

    [Fact]
    public void Pages_AreFoundOnDisk_EveryPageWithCSharpExamples()
    {
        PageList().Should().Contain(
            ["README.md", "src/SmpRules/README.md", "docs/getting-started.md", "docs/concepts.md", "docs/errors.md", "docs/time-semantics.md"]);
    }

    private static List<string> PageList()
    {
        var pages = new List<string>();
        IEnumerable<string> files = new[] { Repository.File("README.md") }
            .Concat(Directory.EnumerateDirectories(Repository.File("src")).Select(project => Path.Combine(project, "README.md")).Where(File.Exists))
            .Concat(Directory.EnumerateFiles(Repository.File("docs"), "*.md"))
            .Select(file => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'))
            .Where(page => page != "docs/contributing.md")
            .Order(StringComparer.Ordinal);
        foreach (string page in files)
        {
            if (Blocks(File.ReadAllText(Repository.File(page))).Code.Count > 0)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_PastedAsOneProgram_PrintsWhatThePageShows(string page)
    {
        (List<string> code, List<string> outputs) = Blocks(File.ReadAllText(Repository.File(page)));
        code.Should().NotBeEmpty($"{page} has C# examples");
        string folder = packages.CopyConsumer("Docs", page.Replace('/', '-'));
        File.WriteAllText(Path.Combine(folder, "Program.cs"), string.Join("\n\n", code) + "\n");

        ProcessRun run = (await PackagesFixture.DotnetAsync(Repository.Root, "run", "--project", Path.Combine(folder, "Docs.csproj"), "-c", "Release")).ShouldSucceed();

        // Markdown does not keep a line's trailing spaces, so neither side has them.
        static string Lines(string text) => string.Join("\n", text.ReplaceLineEndings("\n").TrimEnd().Split('\n').Select(line => line.TrimEnd()));
        Lines(run.Output).Should().Be(
            Lines(string.Join("\n", outputs)),
            $"{page}'s examples, pasted in order as one program, print the page's outputs in order");
    }

    /// <summary>The C# blocks of a page and its output blocks (those marked <c>&lt;!-- output: ... --&gt;</c>), in order.</summary>
    private static (List<string> Code, List<string> Outputs) Blocks(string markdown)
    {
        var code = new List<string>();
        var outputs = new List<string>();
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length - 1; i++)
        {
            bool snippet = lines[i].StartsWith("<!-- snippet:", StringComparison.Ordinal) && lines[i + 1] == "```csharp";
            bool output = lines[i].StartsWith("<!-- output:", StringComparison.Ordinal) && lines[i + 1] == "```text";
            if (!snippet && !output)
            {
                continue;
            }

            int end = Array.IndexOf(lines, "```", i + 2);
            string block = string.Join("\n", lines[(i + 2)..end]);
            (snippet ? code : outputs).Add(block);
            i = end;
        }

        return (code, outputs);
    }
}
