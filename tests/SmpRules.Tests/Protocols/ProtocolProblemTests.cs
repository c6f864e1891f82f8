using SmpRules.Protocols;

namespace SmpRules.Tests.Protocols;

public sealed class ProtocolProblemTests
{
    [Fact]
    public void ToString_NoPlace_IsTheMessage()
    {
        new ProtocolProblem(ProtocolProblemCode.MissingText, "Rule 'a' has no text.", "a").ToString().Should().Be("Rule 'a' has no text.");
    }

    [Fact]
    public void At_PathLineColumn_ToStringPrefixesThePlace()
    {
        ProtocolProblem problem = new ProtocolProblem(ProtocolProblemCode.InvalidWindow, "Bad window.", "a").At("$.rules[2].window", 14, 7);

        problem.Path.Should().Be("$.rules[2].window");
        problem.Line.Should().Be(14);
        problem.Column.Should().Be(7);
        problem.Code.Should().Be(ProtocolProblemCode.InvalidWindow);
        problem.RuleId.Should().Be("a");
        problem.ToString().Should().Be("$.rules[2].window (line 14, column 7): Bad window.");
    }

    [Fact]
    public void ToString_PathWithoutLine_PrefixesThePath()
    {
        new ProtocolProblem(ProtocolProblemCode.JsonSyntax, "Bad.", path: "$.rules").ToString().Should().Be("$.rules: Bad.");
    }

    [Fact]
    public void ToString_LineWithoutPath_UsesTheRoot()
    {
        new ProtocolProblem(ProtocolProblemCode.JsonSyntax, "Bad.", line: 3, column: 1).ToString().Should().Be("$ (line 3, column 1): Bad.");
    }

    [Fact]
    public void Constructor_BlankMessage_Throws()
    {
        Action act = () => _ = new ProtocolProblem(ProtocolProblemCode.JsonSyntax, " ");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be("The message parameter must not be empty or white space. (Parameter 'message')");
    }
}
