using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Protocols;

/// <summary>The Standard protocol is exactly DOMAIN.md section 4's table.</summary>
public sealed class StandardProtocolTests
{
    public static TheoryData<string, string, CareDirective, string, CareWindow, string> Table => new()
    {
        { Ids.KeepScalpDry, "dry-period", CareDirective.Avoid, "washing moisturizing sweating", CareWindow.Days(0, 4), "" },
        { Ids.RednessAndItching, "dry-period", CareDirective.Expect, "", CareWindow.Days(0, 4), "" },
        { Ids.LooseHat, "dry-period", CareDirective.Limit, "hat", CareWindow.Days(0, 28), "" },
        { Ids.ShampooAndCondition, "hygiene", CareDirective.Do, "washing", CareWindow.DaysFrom(0, WindowAnchor.FirstSession), Ids.KeepScalpDry },
        { Ids.Moisturize, "hydration", CareDirective.Do, "moisturizing", CareWindow.DaysFrom(0, WindowAnchor.FirstSession), Ids.KeepScalpDry },
        { Ids.NoSaunaOrSteam, "sweat-avoidance", CareDirective.Avoid, "sauna", CareWindow.Days(0, 28), "" },
        { Ids.ControlledExercise, "sweat-avoidance", CareDirective.Limit, "sweating", CareWindow.Days(0, 28), Ids.KeepScalpDry },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Instance_Rule_MatchesDomainTable(string id, string family, CareDirective directive, string activities, CareWindow window, string suspendedBy)
    {
        CareRule rule = StandardProtocol.Instance.GetRule(id);

        rule.Family.Should().Be(new CareFamily(family));
        rule.Directive.Should().Be(directive);
        string.Join(" ", rule.Activities).Should().Be(activities);
        rule.Window.Should().Be(window);
        string.Join(" ", rule.SuspendedBy).Should().Be(suspendedBy);
        rule.Condition.Should().BeNull();
        rule.Text.Default.Should().NotBeNullOrWhiteSpace();
        rule.Text.Translations.Keys.Should().Equal("es");
    }

    [Fact]
    public void Instance_RulesInDomainOrder()
    {
        StandardProtocol.Instance.Rules.Select(r => r.Id).Should().Equal(
            Ids.KeepScalpDry, Ids.RednessAndItching, Ids.LooseHat, Ids.ShampooAndCondition, Ids.Moisturize, Ids.NoSaunaOrSteam, Ids.ControlledExercise);
        StandardProtocol.Instance.Rules.Should().Equal(
            StandardProtocol.KeepScalpDry,
            StandardProtocol.RednessAndItching,
            StandardProtocol.LooseHat,
            StandardProtocol.ShampooAndCondition,
            StandardProtocol.Moisturize,
            StandardProtocol.NoSaunaOrSteam,
            StandardProtocol.ControlledExercise);
    }

    [Fact]
    public void Instance_Settings()
    {
        StandardProtocol.Instance.Name.Should().Be("Standard").And.Be(StandardProtocol.Name);
        StandardProtocol.Instance.DefaultLanguage.Should().Be("en");
        StandardProtocol.Instance.DayNumbering.Should().Be(DayNumbering.SessionDayIsZero);
        StandardProtocol.DryPeriodLastDay.Should().Be(4);
        StandardProtocol.HealingPhaseLastDay.Should().Be(28);
    }

    [Fact]
    public void Instance_SameObjectEveryTime()
    {
        StandardProtocol.Instance.Should().BeSameAs(StandardProtocol.Instance);
    }
}
