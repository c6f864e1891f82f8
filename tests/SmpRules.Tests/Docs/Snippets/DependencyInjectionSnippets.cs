#region di-usings
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using SmpRules.Extensions.DependencyInjection;
using SmpRules.Plans;
using SmpRules.Protocols;
using SmpRules.Timing;
#endregion
using System.IO;
#region di-host-usings
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
#endregion
#region di-options-usings
using Microsoft.Extensions.Options;
#endregion

namespace SmpRules.Tests.Docs.Snippets;

/// <summary>The snippets of docs/dependency-injection.md and the DI package's README.</summary>
public static class DependencyInjectionSnippets
{
    [Snippet("di-register")]
    public static void Register()
    {
        #region di-register
        var services = new ServiceCollection();

        // A clinic's protocol from code and one from a JSON file; the Standard protocol is always there as "standard".
        services.AddSmpRules(options =>
        {
            options.AddProtocol("five-day-dry", StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5)));
            options.AddProtocolFile("evoke", "samples/protocols/evoke-smp.json");
            options.DefaultProtocol = "evoke";
        });

        using var provider = services.BuildServiceProvider();
        var advisor = provider.GetRequiredService<CareAdvisor>();
        Console.WriteLine(string.Join(", ", advisor.Protocols.Names));
        #endregion
    }

    [Snippet("di-advisor")]
    public static void Advisor()
    {
        #region di-advisor
        // Register your own IClock first to control "now" (here NodaTime.Testing's FakeClock); otherwise it is the system clock.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 18, 30));
        using var app = new ServiceCollection().AddSingleton<IClock>(clock).AddSmpRules().BuildServiceProvider();
        var care = app.GetRequiredService<CareAdvisor>();

        // Apply once per client, keep the schedule, ask it again as time goes by.
        var client = care.Schedule(CarePlan.Create("Europe/London", new LocalDateTime(2026, 11, 20, 10, 0)));
        Console.WriteLine($"Now: course day {care.Now(client).CourseDay}, {care.Now(client).Applying.Length} rules apply.");
        Console.WriteLine($"Today: {care.Today(client).Items.Length} items.");
        Console.WriteLine($"Next change: {care.NextChange(client)?.At.InZone(client.Zone):uuuu-MM-dd HH:mm}");
        #endregion
    }

    [Snippet("di-service-provider")]
    public static void ServiceProvider()
    {
        #region di-service-provider
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["SmpRules:Protocols:evoke"] = "samples/protocols/evoke-smp.json";

        // Each "SmpRules:Protocols:<name>" setting names a JSON file, relative to the host's content root.
        builder.Services.AddSmpRules((options, sp) =>
        {
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            foreach (var protocol in sp.GetRequiredService<IConfiguration>().GetSection("SmpRules:Protocols").GetChildren())
                options.AddProtocolFile(protocol.Key, Path.Combine(root, protocol.Value!));
        });

        using var host = builder.Build();
        Console.WriteLine(string.Join(", ", host.Services.GetRequiredService<ICareProtocolCatalog>().Names));
        #endregion
    }

    [Snippet("di-invalid")]
    public static void Invalid()
    {
        #region di-invalid
        using var broken = new ServiceCollection()
            .AddSmpRules(options => options
                .AddProtocol("clinic", StandardProtocol.Instance)
                .AddProtocol("Clinic", StandardProtocol.Instance)
                .DefaultProtocol = "harbour")
            .BuildServiceProvider();
        try
        {
            broken.GetRequiredService<CareAdvisor>();
        }
        catch (OptionsValidationException e)
        {
            foreach (string failure in e.Failures)
                Console.WriteLine(failure);
        }
        #endregion
    }
}
