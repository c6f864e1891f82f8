using System;
using System.Globalization;
using System.Text;
using SmpRules.Utility;

namespace SmpRules.Protocols;

/// <summary>One problem found while building or loading a protocol: what is wrong, and where.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProtocolProblem
{
    /// <summary>Initializes a new instance of the <see cref="ProtocolProblem"/> class.</summary>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="message">A sentence saying what is wrong and what is expected.</param>
    /// <param name="ruleId">The id of the rule concerned, if any.</param>
    /// <param name="path">The JSON path of the value concerned in a protocol document, if any, such as <c>$.rules[2].window</c>.</param>
    /// <param name="line">The 1-based line in the protocol document, if any.</param>
    /// <param name="column">The 1-based column in the protocol document, if any.</param>
    public ProtocolProblem(ProtocolProblemCode code, string message, string? ruleId = null, string? path = null, int? line = null, int? column = null)
    {
        Code = code;
        Message = Preconditions.CheckNotBlank(message);
        RuleId = ruleId;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>Gets what kind of problem it is.</summary>
    public ProtocolProblemCode Code { get; }

    /// <summary>Gets a sentence saying what is wrong and what is expected.</summary>
    public string Message { get; }

    /// <summary>Gets the id of the rule concerned, if any.</summary>
    public string? RuleId { get; }

    /// <summary>Gets the member of the rule concerned, if any, such as <c>activities</c>, <c>suspendedBy</c>, <c>window</c> or <c>text</c>.</summary>
    public string? Member { get; init; }

    /// <summary>Gets the value within <see cref="Member"/> concerned, if any, such as the activity <c>washing</c> or the suspending rule's id.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the id of the other rule concerned, if any (the first rule of a contradicting pair, in protocol order).</summary>
    public string? OtherRuleId { get; init; }

    /// <summary>Gets whether the problem stops the protocol from being built (an error) or is only worth a look (a warning).</summary>
    public ProtocolProblemSeverity Severity { get; init; }

    /// <summary>Gets the JSON path of the value concerned in a protocol document, if any.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line in the protocol document, if any.</summary>
    public int? Line { get; }

    /// <summary>Gets the 1-based column in the protocol document, if any.</summary>
    public int? Column { get; }

    /// <summary>Returns this problem located at a place in a protocol document.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <returns>The located problem.</returns>
    public ProtocolProblem At(string path, int? line, int? column) =>
        new(Code, Message, RuleId, path, line, column) { Member = Member, Value = Value, OtherRuleId = OtherRuleId, Severity = Severity };

    /// <summary>Returns the problem with its place, such as <c>$.rules[2].window (line 14, column 7): ...</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (Path is null && Line is null)
        {
            return Message;
        }

        var text = new StringBuilder();
        text.Append(Path ?? "$");
        if (Line is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" (line {Line}, column {Column ?? 0})");
        }

        return text.Append(": ").Append(Message).ToString();
    }
}
