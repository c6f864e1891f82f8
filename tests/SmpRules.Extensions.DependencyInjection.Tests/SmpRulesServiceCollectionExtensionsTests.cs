using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Extensions.DependencyInjection.Tests;

public sealed class SmpRulesServiceCollectionExtensionsTests
{
    private static readonly CarePlan Plan = CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0));

    private static readonly CareProtocol FiveDayDry =
        StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5));

    [Fact]
    public void AddSmpRules_NoConfiguration_RegistersStandardAsDefaultAndSystemClock()
    {
        using ServiceProvider provider = new ServiceCollection().AddSmpRules().BuildServiceProvider();

        ICareProtocolCatalog catalog = provider.GetRequiredService<ICareProtocolCatalog>();
        catalog.Names.Should().Equal("standard");
        catalog.Default.Should().BeSameAs(StandardProtocol.Instance);
        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
        provider.GetRequiredService<CareAdvisor>().Should().BeSameAs(provider.GetRequiredService<CareAdvisor>());
    }

    [Fact]
    public void AddSmpRules_NamedProtocolAsDefault_AdvisorUsesIt()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0));
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSmpRules(o => o.AddProtocol("clinic", FiveDayDry).DefaultProtocol = "clinic")
            .BuildServiceProvider();
        CareAdvisor advisor = provider.GetRequiredService<CareAdvisor>();

        // Day 5: still dry under the clinic's five-day period, no longer under the Standard protocol.
        CareSchedule clinic = advisor.Schedule(Plan);
        advisor.Now(clinic).Items.Select(i => i.RuleId).Should().Contain(StandardProtocol.RuleIds.KeepScalpDry);
        advisor.Now(advisor.Schedule(Plan, "STANDARD")).Items.Select(i => i.RuleId).Should().NotContain(StandardProtocol.RuleIds.KeepScalpDry);
        advisor.Now(clinic).Kind.Should().Be(CareQueryKind.Now);
        advisor.Now(clinic).Instant.Should().Be(clock.GetCurrentInstant());

        // The schedule is applied once and asked again: the advisor never re-applies it.
        clock.AdvanceDays(1);
        _ = advisor.NextChange(clinic);
        clinic.IsCompiled.Should().BeTrue();
        advisor.Now(clinic).Items.Should().Equal(clinic.At(clock.GetCurrentInstant()).Items).And.NotBeEmpty();
        advisor.Protocols.Names.Should().Equal("clinic", "standard");
    }

    [Fact]
    public void Today_FakeClock_AnswersForTheClientsLocalDate()
    {
        // 23:30 UTC on 24 November is already 25 November in Auckland.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 23, 30));
        CarePlan auckland = CarePlan.Create("Pacific/Auckland", new LocalDateTime(2026, 11, 20, 10, 0));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddSmpRules().BuildServiceProvider();

        CareAdvice today = provider.GetRequiredService<CareAdvisor>().Today(StandardProtocol.Instance.Apply(auckland));

        today.Date.Should().Be(new LocalDate(2026, 11, 25));
        today.CourseDay.Should().Be(5);
        today.Items.Should().OnlyContain(i => i.RuleId != StandardProtocol.RuleIds.KeepScalpDry);
    }

    [Fact]
    public void NextChange_DuringDryPeriod_IsTheEndOfTheDryPeriod()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 12, 0));
        using ServiceProvider provider = new ServiceCollection().AddSingleton<IClock>(clock).AddSmpRules().BuildServiceProvider();

        CareAdvisor advisor = provider.GetRequiredService<CareAdvisor>();
        CareChange? change = advisor.NextChange(advisor.Schedule(Plan));

        change!.At.Should().Be(Instant.FromUtc(2026, 11, 25, 0, 0));
        change.Ended.Select(i => i.RuleId).Should().Contain(StandardProtocol.RuleIds.KeepScalpDry);
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingRegisteredNames()
    {
        using ServiceProvider provider = new ServiceCollection().AddSmpRules(o => o.AddProtocol("clinic", FiveDayDry)).BuildServiceProvider();

        Action act = () => provider.GetRequiredService<ICareProtocolCatalog>().Get("other");

        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("No care protocol is registered under the name 'other'; the registered names are 'clinic', 'standard'.");
    }

    [Fact]
    public void AddSmpRules_InvalidOptions_ThrowsListingEveryProblem()
    {
        Action act = () => new ServiceCollection().AddSmpRules(o =>
        {
            o.AddProtocol("clinic", FiveDayDry).AddProtocol("Clinic", FiveDayDry).AddProtocol(" ", FiveDayDry);
            o.DefaultProtocol = "missing";
        });

        act.Should().Throw<SmpRulesOptionsException>()
            .Which.Problems.Should().Equal(
                "More than one protocol is named 'Clinic'; names must be unique (ignoring case).",
                "Protocol 3 has no name; give every protocol a name apps can ask for.",
                "The default protocol 'missing' is not registered; the registered names are 'clinic', 'standard'.");
    }

    [Fact]
    public void AddSmpRules_CalledTwice_Throws()
    {
        var services = new ServiceCollection().AddSmpRules();

        Action act = () => services.AddSmpRules();

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("AddSmpRules was already called on these services; call it once, adding every protocol in its configure action.");
    }

    [Fact]
    public void AddSmpRules_ProtocolNamedStandard_ReplacesTheBuiltInOne()
    {
        using ServiceProvider provider = new ServiceCollection().AddSmpRules(o => o.AddProtocol("Standard", FiveDayDry)).BuildServiceProvider();

        ICareProtocolCatalog catalog = provider.GetRequiredService<ICareProtocolCatalog>();
        catalog.Names.Should().Equal("Standard");
        catalog.Default.Should().BeSameAs(FiveDayDry);
    }
}
