using SmpRules.Protocols;

namespace SmpRules.Tests.Protocols;

public sealed class CareProtocolExceptionTests
{
    [Fact]
    public void Constructor_ManyProblems_MessageListsTheFirstHundred_AndProblemsHoldsEveryOne()
    {
        ProtocolProblem[] problems = Enumerable.Range(1, 250)
            .Select(i => new ProtocolProblem(ProtocolProblemCode.UnknownRule, $"Problem {i}.", path: $"$.remove[{i - 1}]", line: 1, column: i))
            .ToArray();

        var e = new CareProtocolException("hostile.json", problems);

        e.Problems.Should().HaveCount(250);
        string[] lines = e.Message.Split('\n');
        lines[0].Should().Be("The protocol 'hostile.json' has 250 problems:");
        lines.Should().HaveCount(1 + CareProtocolException.MaxProblemsInMessage + 1);
        lines[1].Should().Be("- " + problems[0]);
        lines[CareProtocolException.MaxProblemsInMessage].Should().Be("- " + problems[99]);
        lines[^1].Should().Be("- and 150 more (Problems holds every one).");
        new CareProtocolException("small.json", problems.Take(100)).Message.Split('\n').Should().HaveCount(101);
    }

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
