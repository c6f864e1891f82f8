namespace SmpRules.Tests.Docs;

public sealed class MarkdownLinksTests
{
    [Fact]
    public void RelativeLinks_LinksInTextCodeAndFences_OnlyTextLinksOutsideTheWeb()
    {
        const string doc = """
            See [concepts](concepts.md#rules) and [the site](https://nodatime.org).
            Not `[code](code.md)`.
            ```text
            [fenced](fenced.md)
            ```
            [licence](../LICENSE "MIT")
            """;

        MarkdownLinks.RelativeLinks(doc).Should().Equal((1, "concepts.md#rules"), (6, "../LICENSE"));
    }

    [Theory]
    [InlineData("Now, with an IClock", "now-with-an-iclock")]
    [InlineData("`CareProtocolException`", "careprotocolexception")]
    [InlineData("Precedence: one rule suspends another", "precedence-one-rule-suspends-another")]
    [InlineData("More sessions, and a postponed one", "more-sessions-and-a-postponed-one")]
    public void Slug_Heading_IsGitHubAnchor(string heading, string slug)
    {
        MarkdownLinks.Slug(heading).Should().Be(slug);
    }

    [Fact]
    public void Anchors_RepeatedHeadingAndFencedHash_NumberedAndIgnored()
    {
        const string doc = "# Title\n## Example\n```bash\n# a comment\n```\n## Example\n";

        MarkdownLinks.Anchors(doc).Should().BeEquivalentTo("title", "example", "example-1");
    }
}
