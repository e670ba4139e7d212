using Microsoft.Extensions.Configuration;
using Okube.Actors.Silo.Options;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class SiloDeploymentTests
{
    private static KubeObject Silo => Workloads.SiloDeployment;

    private static YamlNode Container => Silo.SingleContainer;

    /// <summary>The Orleans endpoints the silo binds from this pod's configuration, over the code's defaults.</summary>
    private static OrleansEndpointOptions Endpoints
    {
        get
        {
            var endpoints = new OrleansEndpointOptions();
            PodEnvironment.Of(Container, Workloads.Manifests).ToConfiguration().GetSection(OrleansEndpointOptions.Section).Bind(endpoints);
            return endpoints;
        }
    }

    [Fact]
    public void Container_ports_are_the_orleans_ports_the_silo_binds()
    {
        var defaults = new OrleansEndpointOptions();

        Workloads.ContainerPort(Container, "orleans-silo").Should().Be(Endpoints.SiloPort).And.Be(defaults.SiloPort);
        Workloads.ContainerPort(Container, "orleans-gateway").Should().Be(Endpoints.GatewayPort).And.Be(defaults.GatewayPort);
    }

    [Fact]
    public void Every_pod_variable_the_silo_reads_comes_from_the_downward_api()
    {
        var expected = new Dictionary<string, string> { ["POD_NAME"] = "metadata.name", ["POD_IP"] = "status.podIP" };
        CodeFacts.SiloEnvironmentVariables.Should().BeEquivalentTo(expected.Keys,
            $"{CodeFacts.ClusterModeHostingSource} reads these (update this mapping when it reads another)");

        var env = Container.At("env").Items();
        foreach (var (name, field) in expected)
        {
            env.Should().ContainSingle(e => e.At("name").Text() == name)
                .Which.At("valueFrom", "fieldRef", "fieldPath").Text().Should().Be(field);
        }
    }

    [Fact]
    public void The_silo_advertises_its_pod_ip()
    {
        var env = Container.At("env").Items().Select(e => e.At("name").Text()).ToList();

        env.IndexOf("POD_IP").Should().BeLessThan(env.IndexOf($"{OrleansEndpointOptions.Section}__{nameof(OrleansEndpointOptions.AdvertisedIP)}"),
            "$(POD_IP) only expands when POD_IP is defined earlier in the list");
        PodEnvironment.Of(Container, Workloads.Manifests).UnresolvedReferences.Should().BeEmpty();
        Endpoints.AdvertisedIP.Should().Be(PodEnvironment.SamplePodIp);
    }

    [Fact]
    public void Grace_period_outlasts_the_silo_shutdown_timeout()
    {
        var grace = TimeSpan.FromSeconds(Silo.PodSpec.At("terminationGracePeriodSeconds").Int() ?? 30);

        CodeFacts.SiloShutdownTimeout.Should().BePositive();
        grace.Should().BeGreaterThan(CodeFacts.SiloShutdownTimeout + PreStopPause(Container),
            "Kubernetes kills the silo when the grace period ends, even while it hands off its grains");
    }

    [Fact]
    public void A_rolling_update_never_removes_a_silo_before_its_replacement_is_ready()
    {
        Silo.Spec.At("strategy", "type").Text().Should().Be("RollingUpdate");
        Silo.Spec.At("strategy", "rollingUpdate", "maxUnavailable").Text().Should().Be("0");
        Silo.Spec.At("strategy", "rollingUpdate", "maxSurge").Int().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Replicas_are_left_to_the_autoscaler()
    {
        Silo.Spec.At("replicas").Should().BeNull("a replica count here would reset the HorizontalPodAutoscaler's on every apply");
    }

    [Fact]
    public void Selector_selects_its_own_pods()
    {
        Workloads.Selects(Silo.Spec.At("selector", "matchLabels").StringMap(), Silo.PodLabels).Should().BeTrue();
        Workloads.Selects(Silo.Spec.At("selector", "matchLabels").StringMap(), Workloads.GatewayDeployment.PodLabels).Should().BeFalse();
    }

    /// <summary>How long a preStop "sleep n" delays the SIGTERM (it counts against the grace period).</summary>
    internal static TimeSpan PreStopPause(YamlNode container)
    {
        var preStop = container.At("lifecycle", "preStop");
        if (preStop is null)
        {
            return TimeSpan.Zero;
        }
        if (preStop.At("sleep", "seconds").Int() is { } seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        var command = preStop.At("exec", "command").Items().Select(i => i.Text()).ToList();
        command.Should().HaveCount(2).And.HaveElementAt(0, "sleep", "only a pause is expected before SIGTERM");
        return TimeSpan.FromSeconds(int.Parse(command[1]!));
    }
}
