using System.Runtime.CompilerServices;

namespace SmpRules.Scheduling;

/// <summary>
/// The seeds of up to <see cref="Capacity"/> items, packed into the answer that holds them, so that a point question
/// on a small protocol allocates its answer and nothing else: each seed is the rule's index (16 bits), the suspender's
/// index plus one (16 bits, 0 for none) and the governing session's index (32 bits).
/// </summary>
[InlineArray(Capacity)]
internal struct InlineSeeds
{
    /// <summary>The most seeds held.</summary>
    internal const int Capacity = 8;

    /// <summary>The most rules a protocol may have for its rules' indexes to fit.</summary>
    internal const int MaxRules = ushort.MaxValue - 1;

    private ulong _element;

    /// <summary>Packs a seed; <paramref name="rule"/> and <paramref name="suspender"/> must be below <see cref="MaxRules"/>.</summary>
    internal static ulong Pack(int rule, int session, int suspender) =>
        (uint)rule | ((ulong)(uint)(suspender + 1) << 16) | ((ulong)(uint)session << 32);

    /// <summary>Unpacks a seed.</summary>
    internal static ItemSeed Unpack(ulong packed) =>
        new((int)(packed & 0xFFFF), (int)(packed >> 32), (int)((packed >> 16) & 0xFFFF) - 1);
}
