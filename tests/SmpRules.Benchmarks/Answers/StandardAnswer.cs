using System;
using System.Globalization;
using System.Text;
using SmpRules.Protocols;

namespace SmpRules.Benchmarks.Answers;

/// <summary>What the equal-answers test compares: for one Standard rule, whether it applies, is suspended or is absent.</summary>
public enum Verdict : byte
{
    /// <summary>The rule's window does not cover the instant.</summary>
    Absent,

    /// <summary>The rule applies.</summary>
    Applies,

    /// <summary>The rule's window covers the instant but another rule suspends it.</summary>
    Suspended,
}

/// <summary>One Standard rule at an instant: its verdict and the number of the session that governs it (0 when absent).</summary>
public readonly record struct RuleVerdict(Verdict Verdict, int Session)
{
    /// <summary>The rule applies, governed by a session.</summary>
    public static RuleVerdict Applies(int session) => new(Verdict.Applies, session);

    /// <summary>The rule is suspended, governed by a session.</summary>
    public static RuleVerdict Suspended(int session) => new(Verdict.Suspended, session);

    /// <inheritdoc />
    public override string ToString() => Verdict switch
    {
        Verdict.Absent => "-",
        Verdict.Applies => string.Create(CultureInfo.InvariantCulture, $"applies (s{Session})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"suspended (s{Session})"),
    };
}

/// <summary>The Standard protocol's answer at an instant: one <see cref="RuleVerdict"/> per rule, in the protocol's order.</summary>
public static class StandardAnswer
{
    /// <summary>The Standard rules' ids, in the protocol's order; the answer arrays follow it.</summary>
    public static readonly string[] RuleIds =
    [
        StandardProtocol.RuleIds.KeepScalpDry,
        StandardProtocol.RuleIds.RednessAndItching,
        StandardProtocol.RuleIds.LooseHat,
        StandardProtocol.RuleIds.ShampooAndCondition,
        StandardProtocol.RuleIds.Moisturize,
        StandardProtocol.RuleIds.NoSaunaOrSteam,
        StandardProtocol.RuleIds.ControlledExercise,
    ];

    /// <summary>The number of Standard rules.</summary>
    public const int RuleCount = 7;

    /// <summary>Returns the position of a Standard rule in the answer arrays.</summary>
    public static int IndexOf(string ruleId)
    {
        int i = Array.IndexOf(RuleIds, ruleId);
        return i >= 0 ? i : throw new ArgumentException($"'{ruleId}' is not a Standard rule.", nameof(ruleId));
    }

    /// <summary>Formats an answer for a failure message.</summary>
    public static string Format(RuleVerdict[] answer)
    {
        var text = new StringBuilder();
        for (int i = 0; i < answer.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{RuleIds[i]}: {answer[i]}; ");
        }

        return text.ToString();
    }
}
