using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime.Testing;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Scheduling;
using SmpRules.Timing;

namespace SmpRules.Extensions.DependencyInjection.Tests;

internal sealed record ClinicSettings(string Name);

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
    public void AddSmpRules_InvalidOptions_ResolvingThrowsListingEveryProblem()
    {
        using ServiceProvider provider = new ServiceCollection().AddSmpRules(o =>
        {
            o.AddProtocol("clinic", FiveDayDry).AddProtocol("Clinic", FiveDayDry).AddProtocol(" ", FiveDayDry);
            o.DefaultProtocol = "missing";
        }).BuildServiceProvider();

        Action act = () => provider.GetRequiredService<CareAdvisor>();

        act.Should().Throw<OptionsValidationException>()
            .Which.Failures.Should().Equal(
                "More than one protocol is named 'Clinic'; names must be unique (ignoring case).",
                "Protocol 3 has no name; give every protocol a name apps can ask for.",
                "The default protocol 'missing' is not registered; the registered names are 'clinic', 'standard'.");
    }

    [Fact]
    public async Task AddSmpRules_InvalidOptionsInAHost_FailsAtStartNotAtFirstUse()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Services.AddSmpRules(o => o.DefaultProtocol = "missing");
        using IHost host = builder.Build();

        Func<Task> start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().Equal("The default protocol 'missing' is not registered; the registered names are 'standard'.");
    }

    [Fact]
    public void AddSmpRules_CalledTwice_AddsBothConfigurationsAndRegistersOnce()
    {
        var services = new ServiceCollection()
            .AddSmpRules(o => o.AddProtocol("clinic", FiveDayDry))
            .AddSmpRules()
            .AddSmpRules(o => o.DefaultProtocol = "clinic");
        using ServiceProvider provider = services.BuildServiceProvider();

        services.Count(d => d.ServiceType == typeof(CareAdvisor)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(ICareProtocolCatalog)).Should().Be(1);
        ICareProtocolCatalog catalog = provider.GetRequiredService<ICareProtocolCatalog>();
        catalog.Names.Should().Equal("clinic", "standard");
        catalog.Default.Should().BeSameAs(FiveDayDry);
    }

    [Fact]
    public void AddSmpRules_ConfigureWithServiceProvider_ReadsOtherServices()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddSingleton(new ClinicSettings("harbour"))
            .AddSmpRules((o, sp) => o.AddProtocol(sp.GetRequiredService<ClinicSettings>().Name, FiveDayDry))
            .BuildServiceProvider();

        provider.GetRequiredService<ICareProtocolCatalog>().Get("Harbour").Should().BeSameAs(FiveDayDry);
        provider.GetRequiredService<IOptions<SmpRulesOptions>>().Value.Protocols.Select(p => p.Key).Should().Equal("harbour");
    }

    [Fact]
    public void AddProtocolFile_SampleProtocol_IsRegisteredUnderItsName()
    {
        string path = Path.Combine(RepositoryRoot(), "samples", "protocols", "evoke-smp.json");
        using ServiceProvider provider = new ServiceCollection().AddSmpRules(o => o.AddProtocolFile("evoke", path)).BuildServiceProvider();

        CareProtocol evoke = provider.GetRequiredService<ICareProtocolCatalog>().Get("evoke");

        evoke.Should().Be(SmpRules.Protocols.Json.CareProtocolJson.LoadFile(path));
        evoke.Should().NotBe(StandardProtocol.Instance);
    }

    [Fact]
    public void AddProtocolFile_MissingAndInvalidFiles_AreReportedWithTheOtherProblems()
    {
        string folder = Directory.CreateTempSubdirectory("smprules-di-").FullName;
        string invalid = Path.Combine(folder, "invalid.json");
        File.WriteAllText(invalid, "{ \"name\": \"Broken\", \"rules\": [ { \"id\": 7 } ] }");
        string missing = Path.Combine(folder, "missing.json");
        using ServiceProvider provider = new ServiceCollection()
            .AddSmpRules(o => o.AddProtocolFile("broken", invalid).AddProtocolFile("gone", missing).DefaultProtocol = "gone")
            .BuildServiceProvider();

        Action act = () => provider.GetRequiredService<ICareProtocolCatalog>();

        IReadOnlyList<string> failures = act.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().HaveCount(3);
        failures[0].Should().StartWith($"The protocol 'broken' does not load from {invalid}: ").And.Contain("line 1");
        failures[1].Should().StartWith($"The protocol 'gone' does not load from {missing}: ");
        failures[2].Should().Be("The default protocol 'gone' is not registered; the registered names are 'standard'.");
    }

    [Fact]
    public void AddSmpRules_ProtocolNamedStandard_ReplacesTheBuiltInOne()
    {
        using ServiceProvider provider = new ServiceCollection().AddSmpRules(o => o.AddProtocol("Standard", FiveDayDry)).BuildServiceProvider();

        ICareProtocolCatalog catalog = provider.GetRequiredService<ICareProtocolCatalog>();
        catalog.Names.Should().Equal("Standard");
        catalog.Default.Should().BeSameAs(FiveDayDry);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SmpRules.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("SmpRules.sln not found above " + AppContext.BaseDirectory);
    }
}
