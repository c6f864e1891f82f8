using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using SmpRules.Extensions.DependencyInjection;

// The extension methods live in Microsoft.Extensions.DependencyInjection, as AddOptions and AddLogging do, so that
// `services.AddSmpRules()` needs no extra using directive.
#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers SmpRules in an <see cref="IServiceCollection"/>.</summary>
public static class SmpRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Standard protocol as <c>standard</c> (and the default), an <see cref="IClock"/> (the system clock,
    /// unless one is registered already), an <see cref="ICareProtocolCatalog"/> and a <see cref="CareAdvisor"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services, for chaining.</returns>
    /// <remarks>Calling it again is not an error: it registers nothing twice.</remarks>
    public static IServiceCollection AddSmpRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        AddCore(services);
        return services;
    }

    /// <summary>
    /// Registers SmpRules (see <see cref="AddSmpRules(IServiceCollection)"/>) and configures its
    /// <see cref="SmpRulesOptions"/>: named protocols, from code or JSON files, and the default one.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds protocols and chooses the default one; it runs once, when the options are first needed.</param>
    /// <returns>The services, for chaining.</returns>
    /// <remarks>
    /// Each call adds its configuration to those before it, as <c>services.Configure</c> does. The options are checked
    /// when the host starts (or, without a host, when the catalog or the advisor is first resolved): every problem is
    /// reported together in one <see cref="OptionsValidationException"/>.
    /// </remarks>
    public static IServiceCollection AddSmpRules(this IServiceCollection services, Action<SmpRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers SmpRules (see <see cref="AddSmpRules(IServiceCollection)"/>) and configures its
    /// <see cref="SmpRulesOptions"/> with access to the service provider, for protocols whose location comes from other
    /// services (the host's content root, configuration).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds protocols and chooses the default one, given the service provider; it runs once, when the options are first needed.</param>
    /// <returns>The services, for chaining.</returns>
    /// <remarks>As <see cref="AddSmpRules(IServiceCollection, Action{SmpRulesOptions})"/>.</remarks>
    public static IServiceCollection AddSmpRules(this IServiceCollection services, Action<SmpRulesOptions, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure<IServiceProvider>((options, provider) => configure(options, provider));
        return services;
    }

    private static OptionsBuilder<SmpRulesOptions> AddCore(IServiceCollection services)
    {
        OptionsBuilder<SmpRulesOptions> options = services.AddOptions<SmpRulesOptions>();
        if (services.Any(d => d.ServiceType == typeof(ICareProtocolCatalog)))
        {
            return options;
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmpRulesOptions>, SmpRulesOptionsValidator>());

        // The DI container is the edge where the system clock may be chosen; the library itself never reads it.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton<ICareProtocolCatalog>(static sp => CareProtocolCatalog.Create(sp.GetRequiredService<IOptions<SmpRulesOptions>>().Value));
        services.TryAddSingleton(static sp => new CareAdvisor(sp.GetRequiredService<ICareProtocolCatalog>(), sp.GetRequiredService<IClock>()));
        return options;
    }
}
