using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class GatewayDeploymentTests
{
    private static KubeObject Gateway => Workloads.GatewayDeployment;

    [Fact]
    public void The_gateway_listens_on_no_orleans_port()
    {
        Gateway.SingleContainer.At("ports").Items().Select(p => p.At("name").Text()).Should().Equal("http");
    }

    [Fact]
    public void Grace_period_outlasts_the_pre_stop_pause_and_the_host_shutdown()
    {
        var grace = TimeSpan.FromSeconds(Gateway.PodSpec.At("terminationGracePeriodSeconds").Int() ?? 30);

        grace.Should().BeGreaterThan(CodeFacts.GatewayShutdownTimeout + SiloDeploymentTests.PreStopPause(Gateway.SingleContainer));
    }

    [Fact]
    public void A_rolling_update_keeps_every_gateway_until_its_replacement_is_ready()
    {
        Gateway.Spec.At("strategy", "rollingUpdate", "maxUnavailable").Text().Should().Be("0");
        Gateway.Spec.At("replicas").Int().Should().BeGreaterThanOrEqualTo(2, "one gateway can be drained while another serves");
    }

    [Fact]
    public void Selector_selects_its_own_pods_only()
    {
        var selector = Gateway.Spec.At("selector", "matchLabels").StringMap();

        Workloads.Selects(selector, Gateway.PodLabels).Should().BeTrue();
        Workloads.Selects(selector, Workloads.SiloDeployment.PodLabels).Should().BeFalse();
    }
}
