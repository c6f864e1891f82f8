using System.Text;
using SmpRules.Protocols.Json;

namespace SmpRules.Tests.Protocols.Json;

public sealed class SourcePositionsTests
{
    [Fact]
    public void At_OffsetsInAnyOrder_GiveTheLineAndColumnCountedFromTheStart()
    {
        // Lines of ASCII, two-byte, three-byte and four-byte characters (a four-byte one is two UTF-16 characters).
        string text = "{ \"a\": 1,\n  \"é\": \"ñandú\", \"€\": \"😀x\",\n\n\"long\": [" + string.Join(",", Enumerable.Repeat("\"x\"", 500)) + "]\n}";
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var positions = new SourcePositions(utf8);
        var starts = Enumerable.Range(0, utf8.Length + 1).Where(i => i == utf8.Length || (utf8[i] & 0xC0) != 0x80).ToArray();

        var random = new Random(3);
        int[] offsets = [.. starts.Where(_ => random.Next(4) == 0), .. starts.Take(5), .. starts.TakeLast(5)];
        foreach (int offset in offsets.OrderBy(_ => random.Next()).Concat(offsets.OrderBy(o => o)))
        {
            positions.At(offset).Should().Be(Naive(text, utf8, offset), $"offset {offset}");
        }
    }

    [Fact]
    public void At_ManyProblemsOnOneLongLine_CostTheLineOnce()
    {
        // 65,000 values on one line: counting each column from the line's start would take billions of steps.
        byte[] utf8 = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("\"x\"", 65_000)) + "]");
        var positions = new SourcePositions(utf8);

        (int Line, int Column) last = default;
        for (int i = 0; i < 65_000; i++)
        {
            last = positions.At(1 + (4 * i));
        }

        last.Should().Be((1, 2 + (4 * 64_999)));
    }

    /// <summary>The line and column of an offset, counted from the document's start: lines by '\n', columns in UTF-16 characters.</summary>
    private static (int Line, int Column) Naive(string text, byte[] utf8, int offset)
    {
        string before = Encoding.UTF8.GetString(utf8, 0, offset);
        int line = before.Count(c => c == '\n') + 1;
        int column = before.Length - (before.LastIndexOf('\n') + 1) + 1;
        _ = text;
        return (line, column);
    }
}
