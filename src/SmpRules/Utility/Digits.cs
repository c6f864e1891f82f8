using System;

namespace SmpRules.Utility;

/// <summary>Writes whole numbers as fixed-width decimal digits, for the answers' own fast date and time formatting.</summary>
internal static class Digits
{
    /// <summary>Writes <paramref name="value"/> (not negative) into all of <paramref name="text"/>, padded with leading zeros.</summary>
    public static void Write(Span<char> text, int value)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Writes <paramref name="value"/> (not negative) into all of <paramref name="text"/> as ASCII digits, padded with leading zeros.</summary>
    public static void Write(Span<byte> text, int value)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
