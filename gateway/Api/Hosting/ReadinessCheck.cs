using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Okube.Actors.Gateway.Hosting;

/// <summary>
/// Ready once the host has started: the silo (local mode) or the cluster client (gateway)
/// starts before that. It touches no grain and no database, so a busy cluster never fails
/// its probes.
/// </summary>
public sealed class ReadinessCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("starting or stopping"));
}
