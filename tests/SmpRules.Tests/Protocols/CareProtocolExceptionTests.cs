using SmpRules.Protocols;

namespace SmpRules.Tests.Protocols;

public sealed class CareProtocolExceptionTests
{
    [Fact]
    public void Constructor_Problems_MessageListsThemWithTheirPlaces()
    {
        var e = new CareProtocolException("clinic.json", [
            new ProtocolProblem(ProtocolProblemCode.JsonSyntax, "Bad.", path: "$.rules", line: 3, column: 5),
            new ProtocolProblem(ProtocolProblemCode.MissingText, "No text."),
        ]);

        e.Message.Should().Be("The protocol 'clinic.json' has 2 problems:\n- $.rules (line 3, column 5): Bad.\n- No text.");
        e.Problems.Should().HaveCount(2);
    }

    [Fact]
    public void Constructor_Message_HasNoProblems()
    {
        new CareProtocolException("Broken.").Problems.Should().BeEmpty();
        new CareProtocolException().Message.Should().Be("The protocol is invalid.");
        new CareProtocolException("Broken.", new InvalidOperationException()).InnerException.Should().BeOfType<InvalidOperationException>();
    }
}
