using System;
using System.Collections.Generic;

namespace SmpRules.Protocols.Json;

/// <summary>
/// Turns byte offsets in a UTF-8 document into 1-based lines and columns. Lines end at LF (so CRLF works too); columns
/// count UTF-16 characters from the start of the line, as editors do.
/// </summary>
internal sealed class SourcePositions
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<int> _lineStarts = new() { 0 };

    public SourcePositions(ReadOnlyMemory<byte> utf8)
    {
        _utf8 = utf8;
        ReadOnlySpan<byte> span = utf8.Span;
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Gets the byte offset where a 0-based line starts (as System.Text.Json counts lines), clamped to the document.</summary>
    public int LineStart(long zeroBasedLine) =>
        zeroBasedLine < 0 ? 0 : zeroBasedLine >= _lineStarts.Count ? _lineStarts[^1] : _lineStarts[(int)zeroBasedLine];

    public (int Line, int Column) At(int offset)
    {
        ReadOnlySpan<byte> span = _utf8.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        int column = 1;
        for (int i = _lineStarts[line]; i < offset; i++)
        {
            byte b = span[i];
            if (b is >= 0x80 and < 0xC0)
            {
                continue; // a continuation byte belongs to the character before it
            }

            column += b is >= 0xF0 and < 0xF8 ? 2 : 1; // four-byte sequences are two UTF-16 characters
        }

        return (line + 1, column);
    }
}
