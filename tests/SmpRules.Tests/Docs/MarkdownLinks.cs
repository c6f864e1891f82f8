using System.Text;
using System.Text.RegularExpressions;

namespace SmpRules.Tests.Docs;

/// <summary>The relative links of a markdown file and the anchors its headings make, for checking that links lead somewhere.</summary>
internal static partial class MarkdownLinks
{
    /// <summary>Returns the relative links outside code (fences and inline code), with their 1-based lines.</summary>
    internal static List<(int Line, string Target)> RelativeLinks(string text)
    {
        var links = new List<(int, string)>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count());
                continue;
            }

            if (fence is not null)
            {
                if (trimmed.TrimEnd().Length >= fence.Length && trimmed.TrimEnd().All(c => c == fence[0]))
                {
                    fence = null;
                }

                continue;
            }

            foreach (Match m in Link().Matches(InlineCode().Replace(lines[i], string.Empty)))
            {
                string target = m.Groups["target"].Value;
                if (!target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    links.Add((i + 1, target));
                }
            }
        }

        return links;
    }

    /// <summary>Returns the anchors GitHub makes for the headings of a markdown file.</summary>
    internal static HashSet<string> Anchors(string text)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        string? fence = null;
        foreach (string line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = fence is null ? trimmed[..3] : (trimmed.StartsWith(fence, StringComparison.Ordinal) ? null : fence);
                continue;
            }

            Match heading = Heading().Match(line);
            if (fence is null && heading.Success)
            {
                string slug = Slug(heading.Groups["text"].Value);
                string anchor = slug;
                for (int n = 1; !anchors.Add(anchor); n++)
                {
                    anchor = $"{slug}-{n}";
                }
            }
        }

        return anchors;
    }

    /// <summary>GitHub's anchor for a heading: lower case, punctuation removed, spaces as hyphens.</summary>
    internal static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (char c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
