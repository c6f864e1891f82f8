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
    private int _lastLine = -1;
    private int _lastOffset;
    private int _lastColumn;

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

    /// <summary>
    /// Gets the 1-based line and column (in UTF-16 characters, as editors count) of a byte offset. Counting goes on from
    /// the offset asked before when it lies on the same line and not after this one (problems are found in document
    /// order), so that a document on one long line with many problems costs its length once, not once a problem.
    /// </summary>
    public (int Line, int Column) At(int offset)
    {
        ReadOnlySpan<byte> span = _utf8.Span;
        offset = Math.Clamp(offset, 0, span.Length);
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        int column = 1;
        int from = _lineStarts[line];
        if (line == _lastLine && offset >= _lastOffset)
        {
            from = _lastOffset;
            column = _lastColumn;
        }

        for (int i = from; i < offset; i++)
        {
            byte b = span[i];
            if (b is >= 0x80 and < 0xC0)
            {
                continue; // a continuation byte belongs to the character before it
            }

            column += b is >= 0xF0 and < 0xF8 ? 2 : 1; // four-byte sequences are two UTF-16 characters
        }

        (_lastLine, _lastOffset, _lastColumn) = (line, offset, column);
        return (line + 1, column);
    }
}
