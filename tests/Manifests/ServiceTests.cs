using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed class ServiceTests
{
    private static KubernetesManifests Manifests => KubernetesManifests.Instance;

    [Fact]
    public void Each_service_selects_the_pods_of_exactly_one_deployment_and_their_named_ports()
    {
        var services = Manifests.OfKind("Service").ToList();

        services.Should().NotBeEmpty();
        foreach (var service in services)
        {
            var selector = service.Spec.At("selector").StringMap();
            var target = Manifests.OfKind("Deployment").Where(d => Workloads.Selects(selector, d.PodLabels)).ToList();
            target.Should().ContainSingle($"{service} selects one workload's pods");
            var portNames = target[0].Containers.SelectMany(c => c.At("ports").Items()).Select(p => p.At("name").Text()).ToList();
            foreach (var port in service.Spec.At("ports").Items())
            {
                port.At("targetPort").Text().Should().BeOneOf(portNames, $"{service} targets a named container port");
            }
        }
    }

    [Fact]
    public void The_api_is_served_by_a_service_in_front_of_the_gateways()
    {
        var service = Manifests.Single("Service", Workloads.Gateway);

        Workloads.Selects(service.Spec.At("selector").StringMap(), Workloads.GatewayDeployment.PodLabels).Should().BeTrue();
        service.Spec.At("ports").Items().Should().ContainSingle(p => p.At("targetPort").Text() == "http");
        service.Spec.At("clusterIP").Text().Should().NotBe("None");
    }

    [Fact]
    public void The_silo_service_is_headless()
    {
        var service = Manifests.Single("Service", Workloads.Silo);

        service.Spec.At("clusterIP").Text().Should().Be("None", "silos are reached pod by pod, never through a load balancer");
        Workloads.Selects(service.Spec.At("selector").StringMap(), Workloads.SiloDeployment.PodLabels).Should().BeTrue();
    }
}
