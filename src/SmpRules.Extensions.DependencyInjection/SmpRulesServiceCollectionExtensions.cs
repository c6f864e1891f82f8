using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace SmpRules.Extensions.DependencyInjection;

/// <summary>Registers SmpRules in an <see cref="IServiceCollection"/>.</summary>
public static class SmpRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Standard protocol as <c>standard</c> (and the default), an <see cref="IClock"/> (the system clock,
    /// unless one is registered already), an <see cref="ICareProtocolCatalog"/> and a <see cref="CareAdvisor"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSmpRules(this IServiceCollection services) => services.AddSmpRules(_ => { });

    /// <summary>
    /// Registers named protocols, the Standard protocol as <c>standard</c>, an <see cref="IClock"/> (the system clock,
    /// unless one is registered already), an <see cref="ICareProtocolCatalog"/> and a <see cref="CareAdvisor"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds protocols and chooses the default one.</param>
    /// <returns>The services.</returns>
    /// <exception cref="SmpRulesOptionsException">The options are invalid (checked now, not at first use); the exception lists every problem.</exception>
    /// <exception cref="InvalidOperationException"><c>AddSmpRules</c> was already called on these services.</exception>
    public static IServiceCollection AddSmpRules(this IServiceCollection services, Action<SmpRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(ICareProtocolCatalog))
            {
                throw new InvalidOperationException("AddSmpRules was already called on these services; call it once, adding every protocol in its configure action.");
            }
        }

        var options = new SmpRulesOptions();
        configure(options);
        CareProtocolCatalog catalog = CareProtocolCatalog.Create(options);

        // The DI container is the edge where the system clock may be chosen; the library itself never reads it.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.AddSingleton<ICareProtocolCatalog>(catalog);
        services.AddSingleton(sp => new CareAdvisor(sp.GetRequiredService<ICareProtocolCatalog>(), sp.GetRequiredService<IClock>()));
        return services;
    }
}
