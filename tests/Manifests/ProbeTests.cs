using Orleans;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Okube.Actors.Gateway.Hosting;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class ProbeTests
{
    [Theory]
    [InlineData(Workloads.Silo)]
    [InlineData(Workloads.Gateway)]
    public void Liveness_and_startup_probe_the_live_endpoint(string deployment)
    {
        var container = Workloads.Deployment(deployment).SingleContainer;

        container.At("livenessProbe", "httpGet", "path").Text().Should().Be(CodeFacts.LivePath).And.Be("/health/live");
        // No /health/startup yet: the process is up once Kestrel answers, which is after the host started.
        container.At("startupProbe", "httpGet", "path").Text().Should().BeOneOf(CodeFacts.HealthPaths);
    }

    [Theory]
    [InlineData(Workloads.Silo)]
    [InlineData(Workloads.Gateway)]
    public void Readiness_probes_the_ready_endpoint(string deployment)
    {
        var container = Workloads.Deployment(deployment).SingleContainer;

        container.At("readinessProbe", "httpGet", "path").Text().Should().Be(CodeFacts.ReadyPath).And.Be("/health/ready");
    }

    [Theory]
    [InlineData(Workloads.Silo)]
    [InlineData(Workloads.Gateway)]
    public void Probes_call_the_http_port_the_app_listens_on(string deployment)
    {
        var container = Workloads.Deployment(deployment).SingleContainer;
        var listening = PodEnvironment.Of(container, Workloads.Manifests).Variables["ASPNETCORE_HTTP_PORTS"];

        Workloads.ContainerPort(container, "http").Should().Be(int.Parse(listening));
        foreach (var probe in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
        {
            container.At(probe, "httpGet", "port").Text().Should().Be("http", $"{deployment} {probe}");
            container.At(probe, "exec").Should().BeNull("an exec probe would start a process in the container");
        }
    }

    [Theory]
    [InlineData(Workloads.Silo, CodeFacts.ClusterModeHostingSource)]
    [InlineData(Workloads.Gateway, CodeFacts.ClusterClientHostingSource)]
    public void The_startup_probe_waits_longer_than_the_database_check(string deployment, string hostingSource)
    {
        var probe = Workloads.Deployment(deployment).SingleContainer.At("startupProbe");
        var budget = TimeSpan.FromSeconds((probe.At("periodSeconds").Int() ?? 10) * (probe.At("failureThreshold").Int() ?? 3)
            + (probe.At("initialDelaySeconds").Int() ?? 0));

        budget.Should().BeGreaterThan(CodeFacts.DatabaseCheckTimeout(hostingSource) * 2,
            "start-up waits for PostgreSQL, then joins the cluster, before HTTP answers");
    }

    [Fact]
    public void Liveness_tolerates_a_slow_minute()
    {
        foreach (var deployment in new[] { Workloads.Silo, Workloads.Gateway })
        {
            var probe = Workloads.Deployment(deployment).SingleContainer.At("livenessProbe");
            var toleration = (probe.At("periodSeconds").Int() ?? 10) * (probe.At("failureThreshold").Int() ?? 3);

            toleration.Should().BeGreaterThanOrEqualTo(60, $"{deployment}: a long GC pause or a burst must not restart the process");
            (probe.At("timeoutSeconds").Int() ?? 1).Should().BeGreaterThan(1);
        }
    }

    [Fact]
    public void Health_checks_behind_the_probes_depend_on_no_grain_or_database()
    {
        var checks = typeof(ReadinessCheck).Assembly.GetTypes()
            .Where(t => typeof(IHealthCheck).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        var forbidden = new[] { typeof(IGrainFactory), typeof(IClusterClient), typeof(IServiceProvider), typeof(Npgsql.NpgsqlDataSource) };

        checks.Should().Contain(typeof(ReadinessCheck));
        foreach (var check in checks)
        {
            check.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Should().NotContain(t => forbidden.Any(f => f.IsAssignableFrom(t)),
                    $"{check.Name} answers a probe: a busy cluster or database must not fail it");
        }
    }
}
