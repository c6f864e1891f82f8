using System.Globalization;
using System.IO;
using System.Reflection;

namespace SmpRules.Tests.Docs;

/// <summary>
/// Docs cannot lie: every C# block of README.md and docs/**/*.md is the text of a region of compiled code in
/// Docs/Snippets/, each region is run here, and what it prints is the recorded output the docs show.
/// </summary>
/// <remarks>
/// Set SMPRULES_UPDATE_SNIPPETS=1 to rewrite the recorded outputs and the marked blocks of the docs from the code
/// instead of checking them; review the diff before committing (docs/contributing.md).
/// </remarks>
[Collection(SnippetsCollection.Name)]
public sealed class DocsSnippetsTests
{
    private const string SnippetsFolder = "tests/SmpRules.Tests/Docs/Snippets";
    private const string OutputFolder = SnippetsFolder + "/Output";

    private static bool Updating => Environment.GetEnvironmentVariable("SMPRULES_UPDATE_SNIPPETS") == "1";

    /// <summary>Gets the name of every snippet that a test runs.</summary>
    public static TheoryData<string> SnippetNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in SnippetMethods().Keys.Order(StringComparer.Ordinal))
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void Snippet_Run_PrintsRecordedOutput(string name)
    {
        string actual = SnippetChecker.Normalize(Run(SnippetMethods()[name]));
        string file = RepositoryRoot.Combine($"{OutputFolder}/{name}.txt");
        if (Updating)
        {
            File.WriteAllText(file, actual + "\n");
        }

        File.Exists(file).Should().BeTrue($"the snippet '{name}' needs its recorded output in {OutputFolder}/{name}.txt; it printed:\n{actual}");
        actual.Should().Be(SnippetChecker.Normalize(File.ReadAllText(file)), $"the snippet '{name}' must print its recorded output, {OutputFolder}/{name}.txt");
    }

    [Fact]
    public void Docs_EveryCodeBlock_MatchesCompiledSnippetsAndOutputs()
    {
        var problems = new List<string>();
        List<SnippetRegion> regions = ReadRegions(problems);
        Dictionary<string, string> outputs = ReadOutputs();
        var blocks = new List<MarkdownBlock>();
        foreach (string path in MarkdownFiles())
        {
            string text = File.ReadAllText(path);
            string file = RepositoryRoot.Relative(path);
            List<MarkdownBlock> fileBlocks = SnippetChecker.ParseMarkdown(file, text, problems);
            if (Updating)
            {
                string rewritten = SnippetChecker.Rewrite(text, fileBlocks, regions, outputs);
                if (!string.Equals(rewritten, text, StringComparison.Ordinal))
                {
                    File.WriteAllText(path, rewritten);
                    fileBlocks = SnippetChecker.ParseMarkdown(file, rewritten, new List<string>());
                }
            }

            blocks.AddRange(fileBlocks);
        }

        problems.AddRange(SnippetChecker.Check(blocks, regions, outputs, SnippetMethods().Keys.ToHashSet(StringComparer.Ordinal)));

        string.Join("\n", problems).Should().BeEmpty("every C# block in the docs must be a compiled, tested snippet (docs/contributing.md)");
    }

    [Fact]
    public void Docs_EveryRelativeLink_LeadsToAFileAndHeading()
    {
        var problems = new List<string>();
        foreach (string path in MarkdownFiles())
        {
            foreach ((int line, string target) in MarkdownLinks.RelativeLinks(File.ReadAllText(path)))
            {
                string[] parts = target.Split('#', 2);
                string file = parts[0].Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(parts[0])));
                string where = $"{RepositoryRoot.Relative(path)}:{line}";
                if (!File.Exists(file) && !Directory.Exists(file))
                {
                    problems.Add($"{where}: the link '{target}' leads to no file.");
                }
                else if (parts.Length == 2 && file.EndsWith(".md", StringComparison.Ordinal) && !MarkdownLinks.Anchors(File.ReadAllText(file)).Contains(parts[1]))
                {
                    problems.Add($"{where}: the link '{target}' names a heading that {RepositoryRoot.Relative(file)} does not have.");
                }
            }
        }

        string.Join("\n", problems).Should().BeEmpty("a link in the docs must lead somewhere");
    }

    [Fact]
    public void PackageReadmes_EveryPackage_HasOneWithAnInstallLineAndOnlyAbsoluteLinksThatLeadToRepositoryFiles()
    {
        const string Repository = "https://github.com/smprules/smprules/blob/main/";
        string[] packages = Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.csproj", SearchOption.AllDirectories)
            .Where(project => File.ReadAllText(project).Contains("<IsPackable>true</IsPackable>", StringComparison.Ordinal))
            .ToArray();
        packages.Should().NotBeEmpty();
        var problems = new List<string>();
        foreach (string project in packages)
        {
            string readme = Path.Combine(Path.GetDirectoryName(project)!, "README.md");
            string id = Path.GetFileNameWithoutExtension(project);
            if (!File.ReadAllText(project).Contains("<None Include=\"README.md\" Pack=\"true\" PackagePath=\"/\" />", StringComparison.Ordinal))
            {
                problems.Add($"{RepositoryRoot.Relative(project)} does not pack its own README.md.");
            }

            if (!File.Exists(readme))
            {
                problems.Add($"{id} has no package README at {RepositoryRoot.Relative(readme)}.");
                continue;
            }

            string text = File.ReadAllText(readme);
            if (!text.Contains($"dotnet add package {id}\n", StringComparison.Ordinal))
            {
                problems.Add($"{RepositoryRoot.Relative(readme)} does not show `dotnet add package {id}`.");
            }

            foreach ((int line, string target) in MarkdownLinks.RelativeLinks(text))
            {
                problems.Add($"{RepositoryRoot.Relative(readme)}:{line}: the relative link '{target}' does not resolve on a package page; link to {Repository}...");
            }

            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(text, @"https://github\.com/smprules/smprules/blob/main/(?<path>[^)#\s>]+)"))
            {
                if (!File.Exists(RepositoryRoot.Combine(link.Groups["path"].Value)))
                {
                    problems.Add($"{RepositoryRoot.Relative(readme)}: the link {link.Value} names no file of the repository.");
                }
            }
        }

        string.Join("\n", problems).Should().BeEmpty("a package's README is what nuget.org shows");
    }

    [Fact]
    public void Docs_ConceptsStandardProtocolTable_MatchesStandardProtocol()
    {
        string concepts = File.ReadAllText(RepositoryRoot.Combine("docs/concepts.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        concepts.Should().Contain(StandardProtocolTable(), "docs/concepts.md shows the Standard protocol as StandardProtocol.Instance defines it");
    }

    [Fact]
    public void Docs_Readme_IsCheckedWithTheDocsFolder()
    {
        IEnumerable<string> files = MarkdownFiles().Select(RepositoryRoot.Relative);

        files.Should().Contain("README.md").And.Contain("docs/contributing.md");
    }

    [Fact]
    public void Snippets_EveryMarkedMethod_IsPublicStaticWithoutParameters()
    {
        IEnumerable<string> wrong = SnippetMethods().Values
            .Where(m => !m.IsPublic || !m.IsStatic || m.GetParameters().Length > 0 || m.ContainsGenericParameters)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        wrong.Should().BeEmpty("DocsSnippetsTests runs each snippet method with no arguments");
    }

    /// <summary>The Standard protocol as a markdown table, one row per rule, as docs/concepts.md shows it.</summary>
    internal static string StandardProtocolTable()
    {
        var table = new System.Text.StringBuilder();
        table.Append("| id | family | directive | activities | window | suspended by |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (SmpRules.Rules.CareRule rule in SmpRules.Protocols.StandardProtocol.Instance.Rules)
        {
            string directive = rule.Directive.ToString().ToLowerInvariant();
            string activities = string.Join(", ", rule.Activities);
            string suspendedBy = string.Join(", ", rule.SuspendedBy.Select(id => $"`{id}`"));
            table.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {rule.Family} | {directive} | {activities} | {rule.Window} | {suspendedBy} |\n");
        }

        return table.ToString();
    }

    internal static IEnumerable<string> MarkdownFiles()
    {
        yield return RepositoryRoot.Combine("README.md");
        foreach (string packageReadme in PackageReadmes())
        {
            yield return packageReadme;
        }

        string docs = RepositoryRoot.Combine("docs");
        if (Directory.Exists(docs))
        {
            foreach (string file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return file;
            }
        }
    }

    /// <summary>Gets the README of every package, src/*/README.md, which nuget.org shows on the package's page.</summary>
    internal static IEnumerable<string> PackageReadmes() =>
        Directory.EnumerateDirectories(RepositoryRoot.Combine("src"))
            .Select(folder => Path.Combine(folder, "README.md"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);

    private static List<SnippetRegion> ReadRegions(List<string> problems)
    {
        var regions = new List<SnippetRegion>();
        foreach (string path in Directory.EnumerateFiles(RepositoryRoot.Combine(SnippetsFolder), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            regions.AddRange(SnippetChecker.ParseRegions(RepositoryRoot.Relative(path), File.ReadAllText(path), problems));
        }

        return regions;
    }

    private static Dictionary<string, string> ReadOutputs()
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        string folder = RepositoryRoot.Combine(OutputFolder);
        if (Directory.Exists(folder))
        {
            foreach (string path in Directory.EnumerateFiles(folder, "*.txt"))
            {
                outputs[Path.GetFileNameWithoutExtension(path)] = SnippetChecker.Normalize(File.ReadAllText(path));
            }
        }

        return outputs;
    }

    private static Dictionary<string, MethodInfo> SnippetMethods() =>
        typeof(DocsSnippetsTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<SnippetAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => x.Attribute!.Name, x => x.Method, StringComparer.Ordinal);

    /// <summary>Runs a snippet from the repository's root (where the docs' commands run), with the console captured and the invariant culture, and returns what it printed.</summary>
    private static string Run(MethodInfo method)
    {
        string directory = Environment.CurrentDirectory;
        TextWriter original = Console.Out;
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo uiCulture = CultureInfo.CurrentUICulture;
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        try
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = RepositoryRoot.Combine(".");
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            try
            {
                method.Invoke(null, null);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new InvalidOperationException($"The snippet method {method.DeclaringType!.Name}.{method.Name} threw; snippets that show an error catch it and print it.", e.InnerException);
            }
        }
        finally
        {
            Console.SetOut(original);
            Environment.CurrentDirectory = directory;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        return output.ToString();
    }
}
