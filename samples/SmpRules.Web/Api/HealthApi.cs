using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SmpRules.Web.Output;

namespace SmpRules.Web.Api;

/// <summary><c>GET /health</c>: whether the app can answer (its protocols are loaded), for a load balancer or an orchestrator.</summary>
internal static class HealthApi
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapMethods("/health", [HttpMethods.Get, HttpMethods.Head], CheckAsync)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the app can answer")
            .WithDescription("200 with status Healthy when the registered protocols are loaded; 503 with status Unhealthy otherwise. Never stored by caches.")
            .Produces<HealthResponse>(StatusCodes.Status200OK)
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> CheckAsync(HealthCheckService health, CancellationToken cancellation)
    {
        HealthReport report = await health.CheckHealthAsync(cancellation);
        bool healthy = report.Status == HealthStatus.Healthy;
        var answer = new HealthResponse(healthy ? "Healthy" : "Unhealthy");
        return JsonAnswer.NotStored(
            writer => JsonSerializer.Serialize(writer, answer, WebJsonContext.Default.HealthResponse),
            healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>The answer of <c>/health</c>.</summary>
/// <param name="Status"><c>Healthy</c> or <c>Unhealthy</c>.</param>
internal sealed record HealthResponse(string Status);
