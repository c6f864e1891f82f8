using FsCheck;
using FsCheck.Xunit;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;
using static SmpRules.Tests.Support.Time;

namespace SmpRules.Tests.Rules;

public sealed class FactConditionTests
{
    private static readonly ClientFacts VeryFair = ClientFacts.Empty.With("skin-type", "Very-Fair");
    private static readonly ClientFacts DarkWithScabs = ClientFacts.Empty.With("skin-type", "dark").With("scabs", "yes");

    [Fact]
    public void Equal_OneOfTheValuesIgnoringCase_Holds()
    {
        FactCondition condition = FactCondition.Equal("Skin-Type", "fair", "very-fair");

        condition.IsSatisfiedBy(VeryFair).Should().BeTrue();
        condition.IsSatisfiedBy(DarkWithScabs).Should().BeFalse();
        condition.IsSatisfiedBy(ClientFacts.Empty).Should().BeFalse();
        condition.Kind.Should().Be(FactConditionKind.Equal);
    }

    [Fact]
    public void Present_AnyValue_Holds()
    {
        FactCondition condition = FactCondition.Present("scabs");

        condition.IsSatisfiedBy(DarkWithScabs).Should().BeTrue();
        condition.IsSatisfiedBy(VeryFair).Should().BeFalse();
        ((FactValueCondition)condition).Values.Should().BeEmpty();
    }

    [Fact]
    public void AndOrNot_Compose()
    {
        FactCondition fair = FactCondition.Equal("skin-type", "very-fair");
        FactCondition scabs = FactCondition.Present("scabs");

        FactCondition.And(fair, FactCondition.Not(scabs)).IsSatisfiedBy(VeryFair).Should().BeTrue();
        FactCondition.And(fair, scabs).IsSatisfiedBy(VeryFair).Should().BeFalse();
        FactCondition.Or(fair, scabs).IsSatisfiedBy(DarkWithScabs).Should().BeTrue();
        FactCondition.Or(fair, scabs).IsSatisfiedBy(ClientFacts.Empty).Should().BeFalse();
        FactCondition.Not(fair).IsSatisfiedBy(ClientFacts.Empty).Should().BeTrue();
        FactCondition.And(fair, scabs).Kind.Should().Be(FactConditionKind.And);
        FactCondition.Or(fair, scabs).Kind.Should().Be(FactConditionKind.Or);
        FactCondition.Not(fair).Kind.Should().Be(FactConditionKind.Not);
    }

    [Fact]
    public void Operators_AreAndOrNot()
    {
        FactCondition fair = FactCondition.Equal("skin-type", "very-fair");
        FactCondition scabs = FactCondition.Present("scabs");

        (fair & !scabs).Should().Be(FactCondition.And(fair, FactCondition.Not(scabs)));
        (fair | scabs).Should().Be(FactCondition.Or(fair, scabs));
        FactCondition.BitwiseAnd(fair, scabs).Should().Be(fair & scabs);
        FactCondition.BitwiseOr(fair, scabs).Should().Be(fair | scabs);
        FactCondition.LogicalNot(fair).Should().Be(!fair);
    }

    [Fact]
    public void Equals_NamesAndValuesIgnoreCase()
    {
        FactCondition.Equal("Skin-Type", "FAIR").Should().Be(FactCondition.Equal("skin-type", "fair"));
        FactCondition.Equal("skin-type", "fair").GetHashCode().Should().Be(FactCondition.Equal("SKIN-TYPE", "Fair").GetHashCode());
        FactCondition.Equal("skin-type", "fair").Should().NotBe(FactCondition.Equal("skin-type", "dark"));
        FactCondition.Present("scabs").Should().NotBe(FactCondition.Equal("scabs", "yes"));
        FactCondition.Not(FactCondition.Present("a")).Should().NotBe(FactCondition.Present("a"));
    }

    [Fact]
    public void ToString_Readable()
    {
        (FactCondition.Equal("skin-type", "fair", "very-fair") & !FactCondition.Present("scabs")).ToString()
            .Should().Be("(skin-type = fair | very-fair) and (not (has scabs))");
        (FactCondition.Present("a") | FactCondition.Present("b")).ToString().Should().Be("(has a) or (has b)");
    }

    [Fact]
    public void Equal_NoValues_Throws()
    {
        Action act = () => FactCondition.Equal("skin-type");

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be("The values parameter must hold at least one value. (Parameter 'values')");
    }

    [Fact]
    public void Equal_BlankNameOrValue_Throws()
    {
        FluentActions.Invoking(() => FactCondition.Equal(" ", "fair")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The name parameter must not be empty or white space. (Parameter 'name')");
        FluentActions.Invoking(() => FactCondition.Equal("skin-type", "fair", "")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The values parameter must not be empty or white space. (Parameter 'values')");
        FluentActions.Invoking(() => FactCondition.Present("")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The name parameter must not be empty or white space. (Parameter 'name')");
    }

    [Fact]
    public void AndOr_NoConditions_Throws()
    {
        FluentActions.Invoking(() => FactCondition.And()).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The conditions parameter must hold at least one condition. (Parameter 'conditions')");
        FluentActions.Invoking(() => FactCondition.Or()).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The conditions parameter must hold at least one condition. (Parameter 'conditions')");
        FluentActions.Invoking(() => FactCondition.And(FactCondition.Present("a"), null!)).Should().Throw<ArgumentNullException>().WithParameterName("conditions");
        FluentActions.Invoking(() => FactCondition.Not(null!)).Should().Throw<ArgumentNullException>().WithParameterName("condition");
    }

    [Fact]
    public void Apply_ConditionOnFacts_RuleAppliesOnlyToMatchingClients()
    {
        CareRule shorterSun = Rule("sun.short-exposure", CareWindow.Days(5, 5), CareDirective.Limit, ["sun"],
            condition: FactCondition.Equal("skin-type", "very-fair") & !FactCondition.Present("scabs"));
        CareProtocol protocol = StandardProtocol.Instance.With(shorterSun);
        CarePlan plan = CarePlan.Create(London, L("2026-11-20T10:00"));
        Instant dayFive = At(London, "2026-11-25T12:00");

        protocol.Apply(plan.WithFacts(VeryFair)).At(dayFive).Items.Select(i => i.RuleId).Should().Contain("sun.short-exposure");
        protocol.Apply(plan.WithFacts(VeryFair.With("scabs", "yes"))).At(dayFive).Items.Select(i => i.RuleId).Should().NotContain("sun.short-exposure");
        protocol.Apply(plan).At(dayFive).Items.Select(i => i.RuleId).Should().NotContain("sun.short-exposure");
    }

    [Fact]
    public void Apply_SuspenderWhoseConditionFails_SuspendsNothing()
    {
        CareProtocol protocol = Protocol(
            Rule("a.suspender", CareWindow.Days(0, 4), condition: FactCondition.Present("scabs")),
            Rule("b.rule", CareWindow.Days(0, 10), suspendedBy: ["a.suspender"]));
        CarePlan plan = CarePlan.Create(London, L("2026-11-20T10:00"));
        Instant dayTwo = At(London, "2026-11-22T12:00");

        protocol.Apply(plan).At(dayTwo).Items.Select(i => (i.RuleId, i.Status)).Should().Equal(("b.rule", SmpRules.Scheduling.CareStatus.Applies));
        protocol.Apply(plan.WithFacts(DarkWithScabs)).At(dayTwo).Items.Select(i => (i.RuleId, i.Status)).Should().Equal(
            ("a.suspender", SmpRules.Scheduling.CareStatus.Applies), ("b.rule", SmpRules.Scheduling.CareStatus.Suspended));
    }

    private static readonly FactCondition[] Atoms =
    [
        FactCondition.Equal("skin-type", "fair"),
        FactCondition.Equal("skin-type", "very-fair", "dark"),
        FactCondition.Present("scabs"),
        FactCondition.Equal("scabs", "YES"),
    ];

    private static ClientFacts FactsOf(byte bits)
    {
        ClientFacts facts = ClientFacts.Empty;
        if ((bits & 3) != 0)
        {
            facts = facts.With("Skin-Type", (bits & 3) switch { 1 => "fair", 2 => "VERY-FAIR", _ => "dark" });
        }

        return (bits & 4) != 0 ? facts.With("scabs", (bits & 8) != 0 ? "yes" : "no") : facts;
    }

    [Property(MaxTest = 1000, Replay = "(97531,86421)")]
    public bool AndOrNot_FollowBooleanLaws(byte facts, byte a, byte b)
    {
        ClientFacts f = FactsOf(facts);
        FactCondition x = Atoms[a % Atoms.Length];
        FactCondition y = Atoms[b % Atoms.Length];
        bool px = x.IsSatisfiedBy(f);
        bool py = y.IsSatisfiedBy(f);

        return (x & y).IsSatisfiedBy(f) == (px && py)
            && (x | y).IsSatisfiedBy(f) == (px || py)
            && (!x).IsSatisfiedBy(f) == !px
            && (!(x & y)).IsSatisfiedBy(f) == (!x | !y).IsSatisfiedBy(f)
            && (!!x).IsSatisfiedBy(f) == px;
    }
}
