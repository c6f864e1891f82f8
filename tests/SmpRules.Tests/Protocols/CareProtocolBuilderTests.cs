using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;

namespace SmpRules.Tests.Protocols;

public sealed class CareProtocolBuilderTests
{
    private const string Reused = "This builder has already built a protocol and cannot be changed or used again; call CareProtocol.ToBuilder() for a new builder.";

    private static readonly CareRule A = Rule("test.a", CareWindow.Days(0, 4));
    private static readonly CareRule B = Rule("test.b", CareWindow.Days(0, 28), suspendedBy: ["test.a"]);

    private static string OnlyProblem(CareProtocolBuilder builder)
    {
        Action act = () => builder.Build();
        return act.Should().Throw<CareProtocolException>().Which.Problems.Should().ContainSingle().Which.Message;
    }

    [Fact]
    public void Build_Rules_KeepsOrderNameAndSettings()
    {
        CareProtocol protocol = new CareProtocolBuilder("Clinic") { DefaultLanguage = "es", DayNumbering = DayNumbering.SessionDayIsOne }
            .Add(B).Add(A).Build();

        protocol.Name.Should().Be("Clinic");
        protocol.DefaultLanguage.Should().Be("es");
        protocol.DayNumbering.Should().Be(DayNumbering.SessionDayIsOne);
        protocol.Rules.Should().Equal(B, A);
    }

    [Fact]
    public void Defaults_EnglishAndSessionDayZero()
    {
        var builder = new CareProtocolBuilder("Clinic");

        builder.DefaultLanguage.Should().Be("en");
        builder.DayNumbering.Should().Be(DayNumbering.SessionDayIsZero);
        builder.Rules.Should().BeEmpty();
        builder.Name.Should().Be("Clinic");
    }

    [Fact]
    public void Replace_ExistingId_KeepsThePlace()
    {
        CareRule newA = A with { Window = CareWindow.Days(0, 5) };

        new CareProtocolBuilder("Test").Add(A).Add(B).Replace(newA).Build().Rules.Should().Equal(newA, B);
    }

    [Fact]
    public void Update_ExistingId_AppliesTheChange()
    {
        CareProtocol protocol = new CareProtocolBuilder("Test").Add(A).Update("test.a", r => r with { Directive = CareDirective.Expect }).Build();

        protocol.GetRule("test.a").Directive.Should().Be(CareDirective.Expect);
    }

    [Fact]
    public void WithWindow_ExistingId_ReplacesTheWindow()
    {
        new CareProtocolBuilder("Test").Add(A).WithWindow("test.a", CareWindow.Hours(0, 48)).Build()
            .GetRule("test.a").Window.Should().Be(CareWindow.Hours(0, 48));
    }

    [Fact]
    public void Remove_ExistingId_RemovesItAndTheReferencesToIt()
    {
        CareProtocol protocol = new CareProtocolBuilder("Test").Add(A).Add(B).Remove("test.a").Build();

        protocol.Rules.Should().ContainSingle().Which.Should().Be(B with { SuspendedBy = [] });
    }

    [Fact]
    public void Update_UnknownId_ReportedByBuild()
    {
        OnlyProblem(new CareProtocolBuilder("Test").Add(A).Update("test.x", r => r))
            .Should().Be("Cannot update rule 'test.x': the protocol has no rule with that id.");
    }

    [Fact]
    public void Replace_UnknownId_ReportedByBuild()
    {
        OnlyProblem(new CareProtocolBuilder("Test").Add(A).Replace(B))
            .Should().Be("Cannot replace rule 'test.b': the protocol has no rule with that id.");
    }

    [Fact]
    public void WithWindow_UnknownId_ReportedByBuild()
    {
        OnlyProblem(new CareProtocolBuilder("Test").Add(A).WithWindow("test.x", CareWindow.Days(0, 1)))
            .Should().Be("Cannot change the window of rule 'test.x': the protocol has no rule with that id.");
    }

    [Fact]
    public void Remove_UnknownId_ReportedByBuildWithCodeAndRuleId()
    {
        Action act = () => new CareProtocolBuilder("Test").Add(A).Remove("test.x").Build();

        ProtocolProblem problem = act.Should().Throw<CareProtocolException>().Which.Problems.Single();
        problem.Code.Should().Be(ProtocolProblemCode.UnknownRule);
        problem.RuleId.Should().Be("test.x");
        problem.Message.Should().Be("Cannot remove rule 'test.x': the protocol has no rule with that id.");
    }

    [Fact]
    public void Remove_IsOrdinal_DoesNotRemoveOtherCase()
    {
        OnlyProblem(new CareProtocolBuilder("Test").Add(A).Remove("TEST.A"))
            .Should().Be("Cannot remove rule 'TEST.A': the protocol has no rule with that id.");
    }

    [Fact]
    public void Update_ChangeReturnsNull_Throws()
    {
        Action act = () => new CareProtocolBuilder("Test").Add(A).Update("test.a", _ => null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("the rule returned by change");
    }

    [Fact]
    public void Build_Failed_BuilderCanBeFixedAndBuiltAgain()
    {
        var builder = new CareProtocolBuilder("Test").Add(A with { Window = CareWindow.Days(4, 0) });
        FluentActions.Invoking(() => builder.Build()).Should().Throw<CareProtocolException>();

        builder.Replace(A).Build().Rules.Should().Equal(A);
    }

    public static TheoryData<string, Action<CareProtocolBuilder>> UsesAfterBuild => new()
    {
        { "Add", b => b.Add(A) },
        { "AddRange", b => b.AddRange([A]) },
        { "Replace", b => b.Replace(B) },
        { "Update", b => b.Update("test.b", r => r) },
        { "WithWindow", b => b.WithWindow("test.b", CareWindow.Days(0, 1)) },
        { "Remove", b => b.Remove("test.b") },
        { "Build", b => b.Build() },
        { "Name", b => b.Name = "Other" },
        { "DefaultLanguage", b => b.DefaultLanguage = "es" },
        { "DayNumbering", b => b.DayNumbering = DayNumbering.SessionDayIsOne },
    };

    [Theory]
    [MemberData(nameof(UsesAfterBuild))]
    public void Member_AfterBuild_ThrowsInvalidOperation(string member, Action<CareProtocolBuilder> use)
    {
        _ = member;
        var builder = new CareProtocolBuilder("Test").Add(B with { SuspendedBy = [] });
        CareProtocol built = builder.Build();

        Action act = () => use(builder);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(Reused);
        built.Rules.Should().ContainSingle();
    }

    [Fact]
    public void Build_ProtocolDoesNotSeeLaterChangesToTheBuildersList()
    {
        var builder = new CareProtocolBuilder("Test").Add(A);
        CareProtocol protocol = builder.Build();

        protocol.Rules.Should().Equal(A);
        builder.Rules.Should().Equal(A);
    }

    [Fact]
    public void Add_Null_Throws()
    {
        FluentActions.Invoking(() => new CareProtocolBuilder("Test").Add(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rule");
        FluentActions.Invoking(() => new CareProtocolBuilder(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }
}
