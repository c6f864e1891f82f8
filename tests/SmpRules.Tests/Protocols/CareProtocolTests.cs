using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;
using static SmpRules.Tests.Support.Time;
using Ids = SmpRules.Protocols.StandardProtocol.RuleIds;

namespace SmpRules.Tests.Protocols;

public sealed class CareProtocolTests
{
    private static readonly CarePlan Plan = CarePlan.Create(London, L("2026-11-20T10:00"));

    [Fact]
    public void WithWindow_FiveDayDryPeriod_IsOneShortExpression()
    {
        CareProtocol clinic = StandardProtocol.Instance.WithWindow(Ids.KeepScalpDry, CareWindow.Days(0, 5));

        CareSchedule schedule = clinic.Apply(Plan);

        clinic.GetRule(Ids.KeepScalpDry).Window.Should().Be(CareWindow.Days(0, 5));
        clinic.Rules.Select(r => r.Id).Should().Equal(StandardProtocol.Instance.Rules.Select(r => r.Id));
        StandardProtocol.Instance.GetRule(Ids.KeepScalpDry).Window.Should().Be(CareWindow.Days(0, 4));
        schedule.At(At(London, "2026-11-25T12:00")).Items.Single(i => i.RuleId == Ids.ShampooAndCondition).ResumesAt
            .Should().Be(At(London, "2026-11-26T00:00"));
        schedule.Transitions.Should().Equal(
            At(London, "2026-11-20T10:00"),
            At(London, "2026-11-25T00:00"), // redness and itching still end with day 4
            At(London, "2026-11-26T00:00"),
            At(London, "2026-12-19T00:00"));
    }

    [Fact]
    public void WithRule_ChangesOneRule()
    {
        CareProtocol clinic = StandardProtocol.Instance.WithRule(Ids.NoSaunaOrSteam, r => r with { Window = CareWindow.Days(0, 27, WindowAnchor.FinalSession) });

        clinic.GetRule(Ids.NoSaunaOrSteam).Window.Should().Be(CareWindow.Days(0, 27, WindowAnchor.FinalSession));
        clinic.Rules.Where(r => r.Id != Ids.NoSaunaOrSteam).Should().Equal(StandardProtocol.Instance.Rules.Where(r => r.Id != Ids.NoSaunaOrSteam));
    }

    [Fact]
    public void With_NewRule_AddsItAtTheEnd()
    {
        CareRule sun = Rule("sun.no-direct-sun", CareWindow.Days(0, 29), CareDirective.Avoid, ["sun"]);

        CareProtocol clinic = StandardProtocol.Instance.With(sun);

        clinic.Rules.Should().HaveCount(8);
        clinic.Rules[^1].Should().Be(sun);
    }

    [Fact]
    public void With_ExistingId_ReplacesItInPlace()
    {
        CareRule hat = StandardProtocol.LooseHat with { Window = CareWindow.Days(0, 14) };

        CareProtocol clinic = StandardProtocol.Instance.With(hat);

        clinic.Rules[2].Should().Be(hat);
        clinic.Rules.Should().HaveCount(7);
    }

    [Fact]
    public void With_RuleThatContradicts_ThrowsNamingTheProtocol()
    {
        CareRule noWashing = Rule("sun.no-washing", CareWindow.Days(0, 2), CareDirective.Avoid, ["washing"]);

        Action act = () => StandardProtocol.Instance.With(noWashing);

        act.Should().Throw<CareProtocolException>().Which.Message.Should().Be(
            "The protocol 'Standard' has 1 problem:\n- Rules 'hygiene.shampoo-and-condition' (do) and 'sun.no-washing' (avoid) both govern 'washing' and can apply at the same time with no precedence between them: for instance with one session, at 10:00 on day 0 of session 1. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other.");
    }

    [Fact]
    public void Without_DryPeriod_RemovesTheSuspensionsItMade()
    {
        CareProtocol clinic = StandardProtocol.Instance.Without(Ids.KeepScalpDry);

        clinic.Rules.Should().HaveCount(6);
        clinic.GetRule(Ids.ShampooAndCondition).SuspendedBy.Should().BeEmpty();
        clinic.GetRule(Ids.ControlledExercise).SuspendedBy.Should().BeEmpty();
        clinic.Apply(Plan).At(At(London, "2026-11-21T10:00")).Items.Should().OnlyContain(i => i.Status == CareStatus.Applies);
    }

    [Fact]
    public void Without_UnknownId_Throws()
    {
        Action act = () => StandardProtocol.Instance.Without("sun.none");

        act.Should().Throw<CareProtocolException>().Which.Message.Should().Be(
            "The protocol 'Standard' has 1 problem:\n- Cannot remove rule 'sun.none': the protocol has no rule with that id.");
    }

    [Fact]
    public void WithRule_UnknownId_Throws()
    {
        Action act = () => StandardProtocol.Instance.WithRule("sun.none", r => r);

        act.Should().Throw<CareProtocolException>().Which.Message.Should().Be(
            "The protocol 'Standard' has 1 problem:\n- Cannot update rule 'sun.none': the protocol has no rule with that id.");
    }

    [Fact]
    public void WithWindow_ReversedWindow_Throws()
    {
        Action act = () => StandardProtocol.Instance.WithWindow(Ids.KeepScalpDry, CareWindow.Days(5, 0));

        act.Should().Throw<CareProtocolException>().Which.Message.Should().Be(
            "The protocol 'Standard' has 1 problem:\n- Rule 'dry-period.keep-scalp-dry' has a window that ends before it starts: day 0 comes before day 5.");
    }

    [Fact]
    public void WithWindow_UnknownId_Throws()
    {
        Action act = () => StandardProtocol.Instance.WithWindow("sun.none", CareWindow.Days(0, 1));

        act.Should().Throw<CareProtocolException>().Which.Problems.Single().Message.Should().Be(
            "Cannot change the window of rule 'sun.none': the protocol has no rule with that id.");
    }

    [Fact]
    public void GetRule_UnknownId_ThrowsKeyNotFound()
    {
        Action act = () => StandardProtocol.Instance.GetRule("sun.none");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Be("The protocol 'Standard' has no rule with the id 'sun.none'.");
    }

    [Fact]
    public void TryGetRule_KnownAndUnknown()
    {
        StandardProtocol.Instance.TryGetRule(Ids.LooseHat, out CareRule? hat).Should().BeTrue();
        hat.Should().BeSameAs(StandardProtocol.LooseHat);
        StandardProtocol.Instance.TryGetRule("sun.none", out CareRule? none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void ToBuilder_BuildsAnEqualProtocol()
    {
        CareProtocol copy = StandardProtocol.Instance.ToBuilder().Build();

        copy.Should().Be(StandardProtocol.Instance);
        copy.Should().NotBeSameAs(StandardProtocol.Instance);
        copy.GetHashCode().Should().Be(StandardProtocol.Instance.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentRuleOrNameOrNumbering_AreNotEqual()
    {
        CareProtocol standard = StandardProtocol.Instance;

        standard.Should().NotBe(standard.WithWindow(Ids.KeepScalpDry, CareWindow.Days(0, 5)));
        standard.Should().NotBe(new CareProtocolBuilder("Other").AddRange(standard.Rules).Build());
        standard.Should().NotBe(new CareProtocolBuilder("Standard") { DayNumbering = DayNumbering.SessionDayIsOne }.AddRange(standard.Rules).Build());
        standard.Equals(null).Should().BeFalse();
    }

    [Theory]
    [InlineData(DayNumbering.SessionDayIsZero, 0, 0)]
    [InlineData(DayNumbering.SessionDayIsZero, 4, 4)]
    [InlineData(DayNumbering.SessionDayIsOne, 0, 1)]
    [InlineData(DayNumbering.SessionDayIsOne, 4, 5)]
    [InlineData(DayNumbering.SessionDayIsOne, -1, -1)]
    [InlineData(DayNumbering.SessionDayIsOne, -3, -3)]
    public void ToDisplayDay_FollowsDayNumbering(DayNumbering numbering, int day, int display)
    {
        new CareProtocolBuilder("Test") { DayNumbering = numbering }.Build().ToDisplayDay(day).Should().Be(display);
    }

    [Fact]
    public void Apply_SessionDayIsOne_ExplanationsSayDayOneOnTheSessionDate()
    {
        CareProtocol clinic = new CareProtocolBuilder("Clinic") { DayNumbering = DayNumbering.SessionDayIsOne }
            .Add(StandardProtocol.KeepScalpDry).Build();

        CareAdviceItem item = clinic.Apply(Plan).At(At(London, "2026-11-20T12:00")).Items.Single();

        item.SessionDay.Should().Be(0);
        item.Explanation.Should().Be("Day 1 of session 1 (2026-11-20 10:00): applies from 2026-11-20 10:00 until 2026-11-25 00:00, for days 0 to 4 of each session.");
    }

    [Fact]
    public void ToString_NameAndRuleCount()
    {
        StandardProtocol.Instance.ToString().Should().Be("Standard (7 rules)");
    }

    [Fact]
    public void Apply_NullPlan_Throws()
    {
        FluentActions.Invoking(() => StandardProtocol.Instance.Apply(null!)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
    }
}
