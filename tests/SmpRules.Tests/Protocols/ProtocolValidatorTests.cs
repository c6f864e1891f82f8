using System.Collections.Immutable;
using SmpRules.Protocols;
using SmpRules.Rules;
using SmpRules.Timing;
using static SmpRules.Tests.Support.TestRules;

namespace SmpRules.Tests.Protocols;

/// <summary>Every problem the validator finds, through <see cref="CareProtocolBuilder.Build"/>, with its exact message.</summary>
public sealed class ProtocolValidatorTests
{
    private static readonly CareRule Valid = Rule("test.valid", CareWindow.Days(0, 4));

    private static CareProtocolException BuildFails(CareProtocolBuilder builder)
    {
        Action act = () => builder.Build();
        return act.Should().Throw<CareProtocolException>().Which;
    }

    private static ProtocolProblem SingleProblem(params CareRule[] rules)
    {
        CareProtocolException e = BuildFails(new CareProtocolBuilder("Test").AddRange(rules));
        e.Problems.Should().ContainSingle();
        e.Message.Should().Be("The protocol 'Test' has 1 problem:\n- " + e.Problems[0].Message);
        return e.Problems[0];
    }

    private static void ShouldBe(ProtocolProblem problem, ProtocolProblemCode code, string? ruleId, string message)
    {
        problem.Code.Should().Be(code);
        problem.RuleId.Should().Be(ruleId);
        problem.Message.Should().Be(message);
        problem.Path.Should().BeNull();
        problem.Line.Should().BeNull();
        problem.Column.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_NoName_ReportsInvalidProtocol(string name)
    {
        CareProtocolException e = BuildFails(new CareProtocolBuilder(name).Add(Valid));

        e.Message.Should().Be("The protocol '(unnamed)' has 1 problem:\n- The protocol has no name; give it one, such as the clinic's name.");
        ShouldBe(e.Problems.Single(), ProtocolProblemCode.InvalidProtocol, null, "The protocol has no name; give it one, such as the clinic's name.");
    }

    [Theory]
    [InlineData("english")]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("es_MX")]
    [InlineData("es-")]
    [InlineData("1a")]
    public void Build_DefaultLanguageNotATag_ReportsInvalidProtocol(string language)
    {
        CareProtocolException e = BuildFails(new CareProtocolBuilder("Test") { DefaultLanguage = language }.Add(Valid));

        ShouldBe(e.Problems.Single(), ProtocolProblemCode.InvalidProtocol, null, $"The protocol's default language '{language}' is not a language tag; use one such as 'en' or 'es-MX'.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es-MX")]
    [InlineData("zh-Hant-TW")]
    [InlineData("ast")]
    public void Build_DefaultLanguageTag_IsAccepted(string language)
    {
        new CareProtocolBuilder("Test") { DefaultLanguage = language }.Add(Valid).Build().DefaultLanguage.Should().Be(language);
    }

    [Fact]
    public void Build_UndefinedDayNumbering_ReportsInvalidProtocol()
    {
        CareProtocolException e = BuildFails(new CareProtocolBuilder("Test") { DayNumbering = (DayNumbering)5 }.Add(Valid));

        ShouldBe(e.Problems.Single(), ProtocolProblemCode.InvalidProtocol, null, "The protocol's day numbering 5 is not SessionDayIsZero or SessionDayIsOne.");
    }

    [Fact]
    public void Build_NoRules_IsAValidEmptyProtocol()
    {
        new CareProtocolBuilder("Empty").Build().Rules.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Build_RuleWithoutId_NamesItByPosition(string? id)
    {
        ProtocolProblem problem = SingleProblem(Valid, Valid with { Id = id! });

        ShouldBe(problem, ProtocolProblemCode.InvalidRuleId, null, "Rule 2 has no id; give it one such as 'dry-period.keep-scalp-dry'.");
    }

    [Theory]
    [InlineData("Dry-Period.keep")]
    [InlineData("dry period")]
    [InlineData("dry-period..keep")]
    [InlineData("dry-period.")]
    [InlineData(".keep")]
    [InlineData("dry--period")]
    [InlineData("dry_period")]
    [InlineData("-dry")]
    public void Build_RuleIdNotKebabWords_ReportsInvalidRuleId(string id)
    {
        ProtocolProblem problem = SingleProblem(Valid with { Id = id });

        ShouldBe(problem, ProtocolProblemCode.InvalidRuleId, id, $"Rule '{id}' has an id that is not dot-separated kebab-case words such as 'dry-period.keep-scalp-dry'.");
    }

    [Theory]
    [InlineData("a")]
    [InlineData("dry-period.keep-scalp-dry")]
    [InlineData("sun.spf-30.after-day-4")]
    [InlineData("x1.y2.z3")]
    public void Build_RuleIdKebabWords_IsAccepted(string id)
    {
        Protocol(Valid with { Id = id }).GetRule(id).Id.Should().Be(id);
    }

    [Fact]
    public void Build_RuleWithoutFamily_ReportsMissingFamily()
    {
        ShouldBe(SingleProblem(Valid with { Family = default }), ProtocolProblemCode.MissingFamily, "test.valid", "Rule 'test.valid' has no family; give it one such as 'hygiene' or 'dry-period'.");
    }

    [Fact]
    public void Build_UndefinedDirective_ReportsInvalidDirective()
    {
        ShouldBe(SingleProblem(Valid with { Directive = (CareDirective)9 }), ProtocolProblemCode.InvalidDirective, "test.valid", "Rule 'test.valid' has the directive 9, which is not do, avoid, limit or expect.");
    }

    [Fact]
    public void Build_RuleWithoutText_ReportsMissingText()
    {
        ShouldBe(SingleProblem(Valid with { Text = null! }), ProtocolProblemCode.MissingText, "test.valid", "Rule 'test.valid' has no text; give it the client-facing sentence.");
    }

    [Fact]
    public void Build_RuleWithoutWindow_ReportsMissingWindow()
    {
        ShouldBe(SingleProblem(Valid with { Window = null! }), ProtocolProblemCode.MissingWindow, "test.valid", "Rule 'test.valid' has no window; say when it applies, such as CareWindow.Days(0, 4).");
    }

    public static TheoryData<CareWindow, string> InvalidWindows => new()
    {
        { CareWindow.Days(4, 2), "a window that ends before it starts: day 2 comes before day 4" },
        { CareWindow.Days(0, -1), "a window that ends before it starts: day -1 comes before day 0" },
        { CareWindow.Days(-2, -3, WindowAnchor.FinalSession), "a window that ends before it starts: day -3 comes before day -2" },
        { CareWindow.Hours(10, 5), "a window that ends before it starts: hour 5 comes before hour 10" },
        { CareWindow.Hours(5, 5), "a window that is empty: it starts and ends at hour 5" },
        { CareWindow.Hours(0, 0, WindowAnchor.FirstSession), "a window that is empty: it starts and ends at hour 0" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(0), WindowEnd.Session), "a window that is empty: it starts at day 0 and ends at the session" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(3), WindowEnd.Session), "a window that is empty: it starts at day 3 and ends at the session" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(0), WindowEnd.Session), "a window that is empty: it starts at hour 0 and ends at the session" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(0), WindowEnd.Hour(0)), "a window that ends before it starts: hour 0 comes before day 0" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(3), WindowEnd.Hour(-1)), "a window that ends before it starts: hour -1 comes before day 3" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-2), WindowEnd.Hour(-72)), "a window that ends before it starts: hour -72 comes before day -2" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(0), WindowEnd.EndOfDay(-1)), "a window that ends before it starts: day -1 comes before hour 0" },
        { CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(-24), WindowEnd.EndOfDay(-2)), "a window that ends before it starts: day -2 comes before hour -24" },
    };

    [Theory]
    [MemberData(nameof(InvalidWindows))]
    public void Build_EmptyOrReversedWindow_ReportsInvalidWindow(CareWindow window, string problem)
    {
        ShouldBe(SingleProblem(Valid with { Window = window }), ProtocolProblemCode.InvalidWindow, "test.valid", $"Rule 'test.valid' has {problem}.");
    }

    [Fact]
    public void Build_ComposedWindowWithTwoBadParts_ReportsBoth()
    {
        CareWindow window = CareWindow.Days(4, 2).Union(CareWindow.Days(0, 28).Except(CareWindow.Hours(3, 1)));

        CareProtocolException e = BuildFails(new CareProtocolBuilder("Test").Add(Valid with { Window = window }));

        e.Problems.Select(p => (p.Code, p.Message)).Should().Equal(
            (ProtocolProblemCode.InvalidWindow, "Rule 'test.valid' has a window that ends before it starts: day 2 comes before day 4."),
            (ProtocolProblemCode.InvalidWindow, "Rule 'test.valid' has a window that ends before it starts: hour 1 comes before hour 3."));
    }

    public static TheoryData<CareWindow> ValidEdgeWindows => new()
    {
        CareWindow.Days(0, 0),
        CareWindow.Days(-3, -1),
        CareWindow.Hours(-48, 0),
        CareWindow.Hours(0, 1),
        CareWindow.DaysFrom(-10, WindowAnchor.FinalSession),
        CareWindow.HoursFrom(-1),
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-1), WindowEnd.Session),
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(-1), WindowEnd.Session),
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(0), WindowEnd.NextSession),
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(0), WindowEnd.Hour(1)),
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Day(-2), WindowEnd.Hour(-48)),
        CareWindow.Create(WindowAnchor.EachSession, WindowStart.Hour(-30), WindowEnd.EndOfDay(-1)),
    };

    [Theory]
    [MemberData(nameof(ValidEdgeWindows))]
    public void Build_WindowThatCanHoldTime_IsAccepted(CareWindow window)
    {
        Protocol(Valid with { Window = window }).Rules.Single().Window.Should().Be(window);
    }

    [Fact]
    public void Build_ActivityWithNoName_ReportsInvalidActivity()
    {
        ShouldBe(
            SingleProblem(Valid with { Activities = [CareActivity.Sun, default] }),
            ProtocolProblemCode.InvalidActivity,
            "test.valid",
            "Rule 'test.valid' names an activity with no name.");
    }

    [Fact]
    public void Build_RuleSuspendedByItself_ReportsSelfSuspension()
    {
        ShouldBe(
            SingleProblem(Valid with { SuspendedBy = ["test.valid"] }),
            ProtocolProblemCode.SelfSuspension,
            "test.valid",
            "Rule 'test.valid' is suspended by itself; a rule cannot suspend itself.");
    }

    [Fact]
    public void Build_UnknownSuspender_ReportsUnknownRule()
    {
        ShouldBe(
            SingleProblem(Valid with { SuspendedBy = ["test.missing"] }),
            ProtocolProblemCode.UnknownRule,
            "test.valid",
            "Rule 'test.valid' is suspended by 'test.missing', but the protocol has no rule with that id.");
    }

    [Fact]
    public void Build_DuplicateIds_ReportsPositions()
    {
        ShouldBe(
            SingleProblem(Valid, Rule("test.other", CareWindow.Days(0, 1)), Valid with { Window = CareWindow.Days(0, 2) }),
            ProtocolProblemCode.DuplicateRuleId,
            "test.valid",
            "The id 'test.valid' is used by rules 1 and 3; rule ids must be unique.");
    }

    [Fact]
    public void Build_IdUsedThreeTimes_ReportsAllPositions()
    {
        ShouldBe(
            SingleProblem(Valid, Valid, Valid),
            ProtocolProblemCode.DuplicateRuleId,
            "test.valid",
            "The id 'test.valid' is used by rules 1, 2 and 3; rule ids must be unique.");
    }

    [Fact]
    public void Build_TwoRuleCycle_ReportsItOnce()
    {
        ShouldBe(
            SingleProblem(Rule("a", CareWindow.Days(0, 1), suspendedBy: ["b"]), Rule("b", CareWindow.Days(0, 1), suspendedBy: ["a"])),
            ProtocolProblemCode.PrecedenceCycle,
            "a",
            "The rules 'a' -> 'b' -> 'a' form a suspension cycle: each is suspended by the next, so none of them could ever apply.");
    }

    [Fact]
    public void Build_ThreeRuleCycle_StartsAtTheFirstRuleInProtocolOrder()
    {
        ShouldBe(
            SingleProblem(
                Rule("c", CareWindow.Days(0, 1), suspendedBy: ["a"]),
                Rule("a", CareWindow.Days(0, 1), suspendedBy: ["b"]),
                Rule("b", CareWindow.Days(0, 1), suspendedBy: ["c"])),
            ProtocolProblemCode.PrecedenceCycle,
            "c",
            "The rules 'c' -> 'a' -> 'b' -> 'c' form a suspension cycle: each is suspended by the next, so none of them could ever apply.");
    }

    [Fact]
    public void Build_TwoSeparateCycles_ReportsBoth()
    {
        CareProtocolException e = BuildFails(new CareProtocolBuilder("Test").AddRange([
            Rule("a", CareWindow.Days(0, 1), suspendedBy: ["b"]),
            Rule("b", CareWindow.Days(0, 1), suspendedBy: ["a", "c"]),
            Rule("c", CareWindow.Days(0, 1), suspendedBy: ["b"]),
        ]));

        e.Problems.Select(p => p.Message).Should().Equal(
            "The rules 'a' -> 'b' -> 'a' form a suspension cycle: each is suspended by the next, so none of them could ever apply.",
            "The rules 'b' -> 'c' -> 'b' form a suspension cycle: each is suspended by the next, so none of them could ever apply.");
    }

    [Fact]
    public void Build_ChainWithoutCycle_IsAccepted()
    {
        CareProtocol protocol = Protocol(
            Rule("a", CareWindow.Days(0, 1), suspendedBy: ["b", "c"]),
            Rule("b", CareWindow.Days(0, 1), suspendedBy: ["c"]),
            Rule("c", CareWindow.Days(0, 1)));

        protocol.Rules.Should().HaveCount(3);
    }

    [Fact]
    public void Build_DoAndAvoidOnOneActivityWithoutPrecedence_ReportsContradictionNamingBothRulesAndTheActivity()
    {
        ShouldBe(
            SingleProblem(
                Rule("sun.avoid", CareWindow.Days(0, 29), CareDirective.Avoid, ["sun", "swimming"]),
                Rule("sun.walk", CareWindow.DaysFrom(5), CareDirective.Do, ["sun"])),
            ProtocolProblemCode.Contradiction,
            "sun.avoid",
            "Rules 'sun.walk' (do) and 'sun.avoid' (avoid) both govern 'sun' and can apply at the same time with no precedence between them: for instance with one session, at 00:00 on day 5 of session 1. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other.");
    }

    [Fact]
    public void Build_DoAndAvoidSharingTwoActivities_ReportsEachActivity()
    {
        CareProtocolException e = BuildFails(new CareProtocolBuilder("Test").AddRange([
            Rule("do.both", CareWindow.DaysFrom(0), CareDirective.Do, ["washing", "moisturizing"]),
            Rule("avoid.both", CareWindow.Days(0, 4), CareDirective.Avoid, ["moisturizing", "washing"]),
        ]));

        e.Problems.Select(p => p.Message).Should().Equal(
            "Rules 'do.both' (do) and 'avoid.both' (avoid) both govern 'washing' and can apply at the same time with no precedence between them: for instance with one session, at 10:00 on day 0 of session 1. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other.",
            "Rules 'do.both' (do) and 'avoid.both' (avoid) both govern 'moisturizing' and can apply at the same time with no precedence between them: for instance with one session, at 10:00 on day 0 of session 1. Let one suspend the other (SuspendedBy in C#, \"suspendedBy\" in JSON), or make their windows or conditions exclude each other.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Build_DoAndAvoidWithPrecedenceEitherWay_IsAccepted(bool doSuspended)
    {
        CareProtocol protocol = Protocol(
            Rule("do.wash", CareWindow.DaysFrom(0), CareDirective.Do, ["washing"], suspendedBy: doSuspended ? ["avoid.wash"] : null),
            Rule("avoid.wash", CareWindow.Days(0, 4), CareDirective.Avoid, ["washing"], suspendedBy: doSuspended ? null : ["do.wash"]));

        protocol.Rules.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(CareDirective.Limit)]
    [InlineData(CareDirective.Expect)]
    [InlineData(CareDirective.Do)]
    public void Build_AvoidWithOtherDirectiveOnOneActivity_IsNoContradiction(CareDirective directive)
    {
        CareDirective other = directive == CareDirective.Do ? CareDirective.Do : CareDirective.Avoid;

        Protocol(
            Rule("a.one", CareWindow.Days(0, 4), directive, ["sun"]),
            Rule("a.two", CareWindow.Days(0, 4), other, ["sun"])).Rules.Should().HaveCount(2);
    }

    [Fact]
    public void Build_ProtocolWithManyProblems_ReportsThemAllInOneException()
    {
        var builder = new CareProtocolBuilder("Clinic") { DefaultLanguage = "english" };
        builder.Add(Rule("Bad Id", CareWindow.Days(0, 4)));
        builder.Add(Rule("dry.keep", CareWindow.Days(4, 0), CareDirective.Avoid, ["washing"]));
        builder.Add(Rule("wash.daily", CareWindow.DaysFrom(0), CareDirective.Do, ["washing"], suspendedBy: ["dry.kept"]));
        builder.Add(Rule("dry.keep", CareWindow.Days(0, 4)) with { Family = default });
        builder.Add(Rule("loop.one", CareWindow.Hours(5, 5), suspendedBy: ["loop.two"]));
        builder.Add(Rule("loop.two", CareWindow.Days(0, 1), suspendedBy: ["loop.one", "loop.two"]));
        builder.Update("missing.rule", r => r);

        CareProtocolException e = BuildFails(builder);

        string[] expected =
        [
            "Cannot update rule 'missing.rule': the protocol has no rule with that id.",
            "The protocol's default language 'english' is not a language tag; use one such as 'en' or 'es-MX'.",
            "Rule 'Bad Id' has an id that is not dot-separated kebab-case words such as 'dry-period.keep-scalp-dry'.",
            "Rule 'dry.keep' has a window that ends before it starts: day 0 comes before day 4.",
            "Rule 'wash.daily' is suspended by 'dry.kept', but the protocol has no rule with that id.",
            "Rule 'dry.keep' has no family; give it one such as 'hygiene' or 'dry-period'.",
            "Rule 'loop.one' has a window that is empty: it starts and ends at hour 5.",
            "Rule 'loop.two' is suspended by itself; a rule cannot suspend itself.",
            "The id 'dry.keep' is used by rules 2 and 4; rule ids must be unique.",
            "The rules 'loop.one' -> 'loop.two' -> 'loop.one' form a suspension cycle: each is suspended by the next, so none of them could ever apply.",
        ];
        e.Problems.Select(p => p.Message).Should().Equal(expected);
        e.Problems.Select(p => p.Code).Should().Equal(
            ProtocolProblemCode.UnknownRule,
            ProtocolProblemCode.InvalidProtocol,
            ProtocolProblemCode.InvalidRuleId,
            ProtocolProblemCode.InvalidWindow,
            ProtocolProblemCode.UnknownRule,
            ProtocolProblemCode.MissingFamily,
            ProtocolProblemCode.InvalidWindow,
            ProtocolProblemCode.SelfSuspension,
            ProtocolProblemCode.DuplicateRuleId,
            ProtocolProblemCode.PrecedenceCycle);
        e.Message.Should().Be("The protocol 'Clinic' has 10 problems:" + string.Concat(expected.Select(m => "\n- " + m)));
    }

    [Fact]
    public void Build_ActivitiesDefault_AreEmptyNotDefault()
    {
        CareRule rule = Valid with { Activities = default, SuspendedBy = default };

        rule.Activities.IsDefault.Should().BeFalse();
        rule.SuspendedBy.IsDefault.Should().BeFalse();
        Protocol(rule).Rules.Single().Activities.Should().BeEmpty();
    }

    [Fact]
    public void Build_SameActivityTwiceInOneRule_IsAccepted()
    {
        Protocol(Valid with { Activities = ImmutableArray.Create(CareActivity.Sun, CareActivity.Sun) }).Rules.Should().ContainSingle();
    }
}
