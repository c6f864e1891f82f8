using System.Collections.Generic;
using NodaTime;
using SmpRules.Timing;

namespace SmpRules.Scheduling;

/// <summary>A stretch of time covered by a window, governed by one session (index into the plan's sorted sessions).</summary>
internal readonly record struct Piece(Instant Start, Instant End, int Session)
{
    /// <summary>The end of a piece that never ends.</summary>
    internal static readonly Instant Forever = Instant.MaxValue;

    internal static List<Piece> Combine(List<Piece> a, List<Piece> b, WindowOperation operation)
    {
        var bounds = new List<Instant>((a.Count + b.Count) * 2);
        foreach (Piece p in a)
        {
            bounds.Add(p.Start);
            bounds.Add(p.End);
        }

        foreach (Piece p in b)
        {
            bounds.Add(p.Start);
            bounds.Add(p.End);
        }

        bounds.Sort();
        var result = new List<Piece>();
        int ia = 0, ib = 0;
        for (int k = 0; k + 1 < bounds.Count; k++)
        {
            Instant from = bounds[k];
            Instant to = bounds[k + 1];
            if (from == to)
            {
                continue;
            }

            while (ia < a.Count && a[ia].End <= from)
            {
                ia++;
            }

            while (ib < b.Count && b[ib].End <= from)
            {
                ib++;
            }

            int tagA = ia < a.Count && a[ia].Start <= from ? a[ia].Session : -1;
            int tagB = ib < b.Count && b[ib].Start <= from ? b[ib].Session : -1;
            int tag = operation switch
            {
                WindowOperation.Union => System.Math.Max(tagA, tagB),
                WindowOperation.Intersection => tagA >= 0 && tagB >= 0 ? System.Math.Max(tagA, tagB) : -1,
                _ => tagA >= 0 && tagB < 0 ? tagA : -1,
            };

            if (tag < 0)
            {
                continue;
            }

            Append(result, new Piece(from, to, tag));
        }

        return result;
    }

    /// <summary>Adds a piece, merging it into the last one when they touch and share a governing session.</summary>
    internal static void Append(List<Piece> pieces, Piece piece)
    {
        if (pieces.Count > 0 && pieces[^1].End == piece.Start && pieces[^1].Session == piece.Session)
        {
            pieces[^1] = pieces[^1] with { End = piece.End };
        }
        else
        {
            pieces.Add(piece);
        }
    }
}
