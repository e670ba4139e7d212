using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class DisruptionAndScalingTests
{
    private static KubernetesManifests Manifests => KubernetesManifests.Instance;

    private static KubeObject SiloBudget => Manifests.Single("PodDisruptionBudget", Workloads.Silo);

    private static KubeObject SiloAutoscaler => Manifests.Single("HorizontalPodAutoscaler", Workloads.Silo);

    [Fact]
    public void The_disruption_budget_selects_the_silo_pods_only()
    {
        var selector = SiloBudget.Spec.At("selector", "matchLabels").StringMap();

        Workloads.Selects(selector, Workloads.SiloDeployment.PodLabels).Should().BeTrue();
        Manifests.Objects.Where(o => o.Kind is "Deployment" or "Job" && o.Name != Workloads.Silo)
            .Should().OnlyContain(o => !Workloads.Selects(selector, o.PodLabels));
    }

    [Fact]
    public void The_disruption_budget_lets_one_silo_go_at_a_time_even_at_the_minimum_scale()
    {
        var minReplicas = SiloAutoscaler.Spec.At("minReplicas").Int()!.Value;
        var maxUnavailable = SiloBudget.Spec.At("maxUnavailable").Int();
        var minAvailable = SiloBudget.Spec.At("minAvailable").Int();

        (maxUnavailable is not null ^ minAvailable is not null).Should().BeTrue("a budget sets one of them");
        var allowed = maxUnavailable ?? minReplicas - minAvailable!.Value;
        allowed.Should().Be(1, "node drains proceed (never blocked), and silos leave one by one");
    }

    [Fact]
    public void The_autoscaler_targets_the_silo_deployment_on_cpu()
    {
        var target = SiloAutoscaler.Spec.At("scaleTargetRef");

        target.At("apiVersion").Text().Should().Be(Workloads.SiloDeployment.ApiVersion);
        target.At("kind").Text().Should().Be("Deployment");
        target.At("name").Text().Should().Be(Workloads.SiloDeployment.Name);
        var metric = SiloAutoscaler.Spec.At("metrics").Items().Should().ContainSingle().Subject;
        metric.At("resource", "name").Text().Should().Be("cpu");
        metric.At("resource", "target", "type").Text().Should().Be("Utilization");
        metric.At("resource", "target", "averageUtilization").Int().Should().BeInRange(40, 90);
        Workloads.SiloDeployment.SingleContainer.At("resources", "requests", "cpu").Should().NotBeNull(
            "CPU utilisation is measured against the request");
    }

    [Fact]
    public void The_autoscaler_keeps_a_real_cluster_and_scales_in_one_silo_at_a_time()
    {
        var min = SiloAutoscaler.Spec.At("minReplicas").Int();
        var max = SiloAutoscaler.Spec.At("maxReplicas").Int();
        var scaleDown = SiloAutoscaler.Spec.At("behavior", "scaleDown");

        min.Should().BeGreaterThanOrEqualTo(2, "one silo lost must not stop the cluster");
        max.Should().BeGreaterThan(min!.Value);
        scaleDown.At("policies").Items().Should().OnlyContain(p => p.At("type").Text() == "Pods" && p.At("value").Int() == 1);
        TimeSpan.FromSeconds(scaleDown.At("policies").Items().Min(p => p.At("periodSeconds").Int()!.Value))
            .Should().BeGreaterThan(CodeFacts.SiloShutdownTimeout, "a silo has handed off its grains before the next one leaves");
    }
}
