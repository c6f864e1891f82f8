namespace SmpRules.Tests.Docs;

/// <summary>The rules that keep the docs true, tested on small texts: a checker that never fails would prove nothing.</summary>
public sealed class SnippetCheckerTests
{
    private const string Code = """
        using System;

        public static class Example
        {
            public static void Run()
            {
                #region say-hello
                Console.WriteLine("hello");
                #endregion
            }
        }
        """;

    private static readonly HashSet<string> Runnable = new(StringComparer.Ordinal) { "say-hello" };

    private static readonly Dictionary<string, string> Outputs = new(StringComparer.Ordinal) { ["say-hello"] = "hello" };

    private static List<string> CheckDoc(string markdown, string code = Code, IReadOnlySet<string>? runnable = null)
    {
        var problems = new List<string>();
        List<SnippetRegion> regions = SnippetChecker.ParseRegions("Example.cs", code, problems);
        List<MarkdownBlock> blocks = SnippetChecker.ParseMarkdown("doc.md", markdown, problems);
        problems.AddRange(SnippetChecker.Check(blocks, regions, Outputs, runnable ?? Runnable));
        return problems;
    }

    [Fact]
    public void ParseRegions_IndentedRegion_TextIsDeIndented()
    {
        var problems = new List<string>();

        List<SnippetRegion> regions = SnippetChecker.ParseRegions("Example.cs", Code, problems);

        problems.Should().BeEmpty();
        SnippetRegion region = regions.Should().ContainSingle().Subject;
        (region.Name, region.File, region.Line, region.Text).Should().Be(("say-hello", "Example.cs", 7, "Console.WriteLine(\"hello\");"));
    }

    [Fact]
    public void ParseRegions_NestedRegions_OuterTextHoldsInnerRegionLines()
    {
        const string code = """
            #region outer
            int a = 1;
                #region inner
                int b = 2;
                #endregion
            #endregion
            """;

        List<SnippetRegion> regions = SnippetChecker.ParseRegions("Nested.cs", code, new List<string>());

        regions.Single(r => r.Name == "outer").Text.Should().Be("int a = 1;\n    #region inner\n    int b = 2;\n    #endregion");
        regions.Single(r => r.Name == "outer").Nested.Should().Equal("inner");
        regions.Single(r => r.Name == "inner").Enclosing.Should().Equal("outer");
        regions.Single(r => r.Name == "inner").Text.Should().Be("int b = 2;");
    }

    [Fact]
    public void ParseRegions_UnclosedRegionAndBadName_ReportsBoth()
    {
        var problems = new List<string>();

        SnippetChecker.ParseRegions("Bad.cs", "#region Not_Kebab\nint a = 1;\n", problems);

        problems.Should().Equal(
            "Bad.cs:1: the region name 'Not_Kebab' is not a snippet name: use lower-case words joined by hyphens, such as 'getting-started-first-plan'.",
            "Bad.cs:1: the region 'Not_Kebab' is never closed with #endregion.");
    }

    [Fact]
    public void Check_BlockEqualToRegionAndOutput_NoProblems()
    {
        const string doc = """
            # Title

            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            <!-- output: say-hello -->
            ```text
            hello
            ```
            """;

        CheckDoc(doc).Should().BeEmpty();
    }

    [Fact]
    public void Check_BlockDiffersFromRegion_ReportsLineAndBothTexts()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("goodbye");
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:2: the block differs from snippet 'say-hello' (line 1 of the block is 'Console.WriteLine(\"goodbye\");', expected 'Console.WriteLine(\"hello\");'); copy the region's text or run the docs tests with SMPRULES_UPDATE_SNIPPETS=1.");
    }

    [Fact]
    public void Check_CSharpBlockWithoutMarker_Reported()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            ```cs
            var x = 1;
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:6: this cs block has no <!-- snippet: name --> marker on the line before it; put the code in a #region of tests/SmpRules.Tests/Docs/Snippets/*.cs and mark the block (see docs/contributing.md).");
    }

    [Fact]
    public void Check_MarkerNamesMissingRegion_Reported()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            <!-- snippet: say-goodbye -->
            ```csharp
            Console.WriteLine("goodbye");
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:7: the snippet 'say-goodbye' does not exist; add #region say-goodbye to a file in tests/SmpRules.Tests/Docs/Snippets/.");
    }

    [Fact]
    public void Check_NoSnippetMarkerOnCSharpBlock_Reported()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            <!-- no-snippet -->
            ```csharp
            var x = 1;
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:7: <!-- no-snippet --> is only for blocks that are not C#; this csharp block must be a snippet.");
    }

    [Fact]
    public void Check_ShellAndJsonBlocks_NeedNoMarker()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            ```bash
            dotnet test SmpRules.sln -c Release
            ```

            <!-- no-snippet -->
            ```json
            { "a": 1 }
            ```
            """;

        CheckDoc(doc).Should().BeEmpty();
    }

    [Fact]
    public void Check_BlockWithoutLanguage_Reported()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            ```
            var x = 1;
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:6: this code block has no language; name it (```bash, ```json, ```text), or, if it is C#, make it a snippet (see docs/contributing.md).");
    }

    [Fact]
    public void Check_OutputBlockDiffers_Reported()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            <!-- output: say-hello -->
            ```text
            hullo
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:7: the block differs from the recorded output of 'say-hello' (line 1 of the block is 'hullo', expected 'hello'); copy the output or run the docs tests with SMPRULES_UPDATE_SNIPPETS=1.");
    }

    [Fact]
    public void Check_RegionShownNowhereAndNotRun_ReportsBoth()
    {
        CheckDoc("No code here.", runnable: new HashSet<string>(StringComparer.Ordinal)).Should().Equal(
            "Example.cs:7: the region 'say-hello' is not shown in README.md or docs/; show it with <!-- snippet: say-hello --> or delete it.",
            "Example.cs:7: the region 'say-hello' is not run by any test; put it in a method marked [Snippet(\"say-hello\")], or nest it in or around such a region (regions named *-usings only need to compile).");
    }

    [Fact]
    public void Check_MarkerNotBeforeFence_Reported()
    {
        const string doc = """
            <!-- snippet: say-hello -->

            ```csharp
            Console.WriteLine("hello");
            ```
            """;

        CheckDoc(doc).Should().Equal(
            "doc.md:1: the marker '<!-- snippet: say-hello -->' must be on the line just before a code fence (```).",
            "doc.md:3: this csharp block has no <!-- snippet: name --> marker on the line before it; put the code in a #region of tests/SmpRules.Tests/Docs/Snippets/*.cs and mark the block (see docs/contributing.md).",
            "Example.cs:7: the region 'say-hello' is not shown in README.md or docs/; show it with <!-- snippet: say-hello --> or delete it.");
    }

    [Fact]
    public void Check_JoinedRegions_BlockIsTheirTextsSeparatedByABlankLine()
    {
        const string code = """
            #region demo-usings
            using System;
            #endregion
            #region say-hello
            Console.WriteLine("hello");
            #endregion
            """;
        const string doc = """
            <!-- snippet: demo-usings + say-hello -->
            ```csharp
            using System;

            Console.WriteLine("hello");
            ```
            """;

        CheckDoc(doc, code).Should().BeEmpty();
    }

    [Fact]
    public void Check_FencesInsideALongerFence_AreText()
    {
        const string doc = """
            <!-- snippet: say-hello -->
            ```csharp
            Console.WriteLine("hello");
            ```

            ````markdown
            <!-- snippet: anything -->
            ```csharp
            not checked: it is an example inside a markdown block
            ```
            ````
            """;

        CheckDoc(doc).Should().BeEmpty();
    }

    [Fact]
    public void Rewrite_StaleBlocks_TakeRegionTextAndRecordedOutput()
    {
        const string doc = "Intro\n\n<!-- snippet: say-hello -->\n```csharp\nold code\n```\n\n<!-- output: say-hello -->\n```text\n```\nEnd\n";
        List<SnippetRegion> regions = SnippetChecker.ParseRegions("Example.cs", Code, new List<string>());
        List<MarkdownBlock> blocks = SnippetChecker.ParseMarkdown("doc.md", doc, new List<string>());

        string rewritten = SnippetChecker.Rewrite(doc, blocks, regions, Outputs);

        rewritten.Should().Be("Intro\n\n<!-- snippet: say-hello -->\n```csharp\nConsole.WriteLine(\"hello\");\n```\n\n<!-- output: say-hello -->\n```text\nhello\n```\nEnd\n");
    }
}
