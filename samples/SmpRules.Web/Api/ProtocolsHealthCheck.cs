using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmpRules.Extensions.DependencyInjection;

namespace SmpRules.Web.Api;

/// <summary>Healthy when the protocol catalog is loaded (every configured file read and valid) and has a default protocol.</summary>
internal sealed class ProtocolsHealthCheck(ICareProtocolCatalog protocols) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(protocols.Names.Count > 0 && protocols.Default is not null
            ? HealthCheckResult.Healthy($"{protocols.Names.Count} protocols")
            : HealthCheckResult.Unhealthy("No protocol is registered."));
}
