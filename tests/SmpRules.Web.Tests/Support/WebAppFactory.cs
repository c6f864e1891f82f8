using System.IO;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using SmpRules.Protocols;
using SmpRules.Protocols.Json;
using SmpRules.Timing;

namespace SmpRules.Web.Tests.Support;

/// <summary>
/// Hosts the web sample in memory, as configured for tests: a fake clock at <see cref="Now"/> (registered in DI, as an
/// app would), and a second protocol, <c>clinic</c> (the Standard one with a five-day dry period), loaded from a file.
/// </summary>
public sealed class WebAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant the fake clock gives: 2026-11-22 12:00 UTC, course day 2 of the worked example.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 12, 0);

    /// <summary>The protocol registered as <c>clinic</c>.</summary>
    public static readonly CareProtocol Clinic =
        StandardProtocol.Instance.WithWindow(StandardProtocol.RuleIds.KeepScalpDry, CareWindow.Days(0, 5));

    private readonly string _clinicFile = Path.Combine(Path.GetTempPath(), $"smprules-web-clinic-{Guid.NewGuid():N}.json");

    public WebAppFactory()
    {
        CareProtocolJson.SaveFile(Clinic, _clinicFile);
    }

    /// <summary>Gets the hosting environment to run in; Development (WebApplicationFactory's default) when null.</summary>
    public string? Environment { get; init; }

    /// <summary>Gets or sets a clock to register instead of the fake one (such as one that fails).</summary>
    public IClock Clock { get; init; } = new FakeClock(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SmpRules:Protocols:clinic", _clinicFile);
        if (Environment is { } environment)
        {
            builder.UseEnvironment(environment);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_clinicFile);
    }
}
