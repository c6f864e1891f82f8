using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;

namespace SmpRules.Tests.Rules;

public sealed class CareRuleTests
{
    private static CareRule Make() => new()
    {
        Id = "sun.no-direct-sun",
        Family = new CareFamily("sun-protection"),
        Directive = CareDirective.Avoid,
        Activities = [CareActivity.Sun],
        Window = CareWindow.Days(0, 29),
        Text = new CareText("Keep your scalp out of direct sun.").WithTranslation("es", "Evita el sol directo."),
        SuspendedBy = ["dry-period.keep-scalp-dry"],
        Condition = FactCondition.Equal("skin-type", "very-fair"),
    };

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        CareRule a = Make();
        CareRule b = Make();

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBeSameAs(b);
    }

    [Fact]
    public void Equals_AnyDifference_AreNotEqual()
    {
        CareRule a = Make();

        a.Should().NotBe(a with { Id = "sun.other" });
        a.Should().NotBe(a with { Family = CareFamily.Hygiene });
        a.Should().NotBe(a with { Directive = CareDirective.Limit });
        a.Should().NotBe(a with { Window = CareWindow.Days(0, 28) });
        a.Should().NotBe(a with { Text = "Other." });
        a.Should().NotBe(a with { Activities = [CareActivity.Sun, CareActivity.Hat] });
        a.Should().NotBe(a with { SuspendedBy = [] });
        a.Should().NotBe(a with { Condition = null });
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void With_LeavesTheOriginalUnchanged()
    {
        CareRule a = Make();

        CareRule b = a with { Window = CareWindow.Days(0, 5) };

        a.Window.Should().Be(CareWindow.Days(0, 29));
        b.Window.Should().Be(CareWindow.Days(0, 5));
    }

    [Fact]
    public void Defaults_NoActivitiesNoSuspendersNoCondition()
    {
        CareRule rule = new()
        {
            Id = "a",
            Family = CareFamily.Hygiene,
            Directive = CareDirective.Do,
            Window = CareWindow.DaysFrom(0),
            Text = "A.",
        };

        rule.Activities.Should().BeEmpty();
        rule.SuspendedBy.Should().BeEmpty();
        rule.Condition.Should().BeNull();
    }

    [Fact]
    public void ToString_IdAndDirective()
    {
        StandardProtocol.KeepScalpDry.ToString().Should().Be("dry-period.keep-scalp-dry (avoid)");
        Make().ToString().Should().Be("sun.no-direct-sun (avoid)");
    }
}
