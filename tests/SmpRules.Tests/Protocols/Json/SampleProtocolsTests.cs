using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Rules;
using SmpRules.Scheduling;
using SmpRules.Tests.Docs;

namespace SmpRules.Tests.Protocols.Json;

/// <summary>The protocols in samples/protocols: the Standard protocol as a document, the Evoke SMP sheet, and a studio's hour windows and conditions.</summary>
public sealed class SampleProtocolsTests
{
    private static readonly LocalDateTime Session = new(2026, 11, 20, 10, 0);

    private static CareProtocol Sample(string name) => CareProtocolJson.LoadFile(RepositoryRoot.Combine($"samples/protocols/{name}"));

    [Fact]
    public void Standard_Document_EqualsStandardProtocol()
    {
        Sample("standard.json").Should().Be(StandardProtocol.Instance);
    }

    [Fact]
    public void Standard_Texts_HaveSpanishAndFallBackFromSpecificToNeutralToDefault()
    {
        foreach (CareRule rule in StandardProtocol.Instance.Rules)
        {
            rule.Text.Translations.Keys.Should().Equal("es");
            rule.Text.Resolve("es-MX").Should().Be(rule.Text.Translations["es"]);
            rule.Text.Resolve("es").Should().Be(rule.Text.Translations["es"]);
            rule.Text.Resolve("en-GB").Should().Be(rule.Text.Default);
            rule.Text.Resolve("fr").Should().Be(rule.Text.Default);
        }
    }

    // Each row: the sheet's day ("Day 1" is the treatment day) and the rules that apply on it, by the sheet's sections.
    public static TheoryData<int, string[]> EvokeSheet()
    {
        string[] day1To3 = ["dry-period.no-water", "hygiene.no-shampoo", "sweat-avoidance.no-heavy-sweating", "sun-protection.no-direct-sun"];
        string[] day4To6 = ["hygiene.no-shampoo", "hygiene.water-only", "shaving.foil-shaver", "hydration.moisturise", "sweat-avoidance.no-heavy-sweating", "sun-protection.no-direct-sun"];
        string[] day7To9 = ["hygiene.no-shampoo", "hygiene.gentle-cleanser", "shaving.foil-shaver", "hydration.matte-lotion", "sweat-avoidance.no-heavy-sweating", "sun-protection.no-direct-sun"];
        string[] day10To29 = ["hygiene.shampoo-and-shower-gel", "shaving.razor", "hydration.matte-lotion", "sweat-avoidance.no-heavy-sweating", "sun-protection.no-direct-sun"];
        string[] day30On = ["hygiene.shampoo-and-shower-gel", "shaving.razor", "hydration.matte-lotion", "sun-protection.sun-cream", "hygiene.exfoliate", "recovery.usual-activities"];
        var data = new TheoryData<int, string[]>();
        for (int sheetDay = 1; sheetDay <= 36; sheetDay++)
        {
            data.Add(sheetDay, sheetDay switch
            {
                <= 3 => day1To3,
                <= 6 => day4To6,
                <= 9 => day7To9,
                <= 29 => day10To29,
                _ => day30On,
            });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvokeSheet))]
    public void Evoke_EngineDays0To35_MatchTheSheetsDays1To36(int sheetDay, string[] expected)
    {
        CareProtocol evoke = Sample("evoke-smp.json");
        int engineDay = sheetDay - 1;
        CareAdvice advice = evoke.Apply(CarePlan.Create("Europe/London", Session)).OnCourseDay(engineDay);

        evoke.ToDisplayDay(engineDay).Should().Be(sheetDay);
        advice.Suspended.Should().BeEmpty();
        advice.Applying.Select(i => i.RuleId).Should().BeEquivalentTo(expected);
        NoContradiction(advice);
    }

    [Fact]
    public void Evoke_SecondSessionTwoWeeksLater_RestartsTheGraduatedWashingWithoutContradiction()
    {
        CareProtocol evoke = Sample("evoke-smp.json");
        CareSchedule schedule = evoke.Apply(CarePlan.Create("Europe/London", Session, Session.PlusDays(14)));

        for (int day = 0; day <= 60; day++)
        {
            NoContradiction(schedule.OnCourseDay(day));
        }

        CareAdvice secondSessionDay2 = schedule.OnCourseDay(16);
        secondSessionDay2.Applying.Select(i => i.RuleId).Should().Contain("dry-period.no-water").And.NotContain("hygiene.shampoo-and-shower-gel");
        secondSessionDay2.Items.Should().OnlyContain(i => i.Session!.Number == 2 || i.Status == CareStatus.Applies);
    }

    [Fact]
    public void Harbour_VeryFairSkin_GetsFortyFiveMinutesOfSunOnDay5InsteadOfSixty()
    {
        CareProtocol harbour = Sample("harbour-scalp-studio.json");
        CareAdvice fair = harbour.Apply(CarePlan.Create("Europe/London", [Session], ClientFacts.Empty.With("skin-type", "very-fair"))).OnCourseDay(5);
        CareAdvice other = harbour.Apply(CarePlan.Create("Europe/London", [Session], ClientFacts.Empty.With("skin-type", "olive"))).OnCourseDay(5);

        fair.Applying.Select(i => i.RuleId).Should().Contain("sun-protection.forty-five-minutes").And.NotContain("sun-protection.sixty-minutes");
        other.Applying.Select(i => i.RuleId).Should().Contain("sun-protection.sixty-minutes").And.NotContain("sun-protection.forty-five-minutes");
    }

    [Fact]
    public void Harbour_HourWindows_EndAfterElapsedHours()
    {
        CareProtocol harbour = Sample("harbour-scalp-studio.json");
        CarePlan plan = CarePlan.Create("Europe/London", Session);
        CareSchedule schedule = harbour.Apply(plan);
        Instant start = plan.FirstSession.Instant;

        Statuses(schedule, start + Duration.FromHours(23)).Should().Contain("swimming.no-swimming").And.Contain("dry-period.keep-dry-48-hours");
        Statuses(schedule, start + Duration.FromHours(24)).Should().Contain("swimming.salt-water-only").And.NotContain("swimming.no-swimming");
        Statuses(schedule, start + Duration.FromHours(48)).Should().Contain("hygiene.wash").And.Contain("sweat-avoidance.light-exercise").And.NotContain("dry-period.keep-dry-48-hours");
        Statuses(schedule, start - Duration.FromHours(1)).Should().Equal("sun-protection.before-session");
    }

    [Fact]
    public void Samples_SaveAndLoad_RoundTrip()
    {
        foreach (string name in (string[])["standard.json", "evoke-smp.json", "harbour-scalp-studio.json"])
        {
            CareProtocol protocol = Sample(name);
            CareProtocolJson.Parse(CareProtocolJson.Serialize(protocol)).Should().Be(protocol);
        }
    }

    private static List<string> Statuses(CareSchedule schedule, Instant instant) =>
        schedule.At(instant).Applying.Select(i => i.RuleId).ToList();

    private static bool StartsBeforeEnd(Interval first, Interval second) =>
        !first.HasStart || !second.HasEnd || first.Start < second.End;

    private static void NoContradiction(CareAdvice advice)
    {
        foreach (CareAdviceItem doItem in advice.Applying.Where(i => i.Directive == CareDirective.Do))
        {
            foreach (CareAdviceItem avoid in advice.Applying.Where(i => i.Directive == CareDirective.Avoid))
            {
                bool overlap = StartsBeforeEnd(doItem.Interval, avoid.Interval) && StartsBeforeEnd(avoid.Interval, doItem.Interval);
                (overlap && doItem.Rule.Activities.Intersect(avoid.Rule.Activities).Any()).Should().BeFalse(
                    "'{0}' and '{1}' must not both apply on {2}", doItem.RuleId, avoid.RuleId, advice.Date);
            }
        }
    }
}
