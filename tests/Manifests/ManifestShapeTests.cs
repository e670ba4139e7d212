using System.Text.RegularExpressions;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed partial class ManifestShapeTests
{
    private static KubernetesManifests Manifests => KubernetesManifests.Instance;

    [Fact]
    public void Every_document_is_a_named_object_with_an_api_version()
    {
        Manifests.Objects.Should().NotBeEmpty();
        foreach (var o in Manifests.Objects)
        {
            o.ApiVersion.Should().NotBeNullOrEmpty($"{o} needs an apiVersion");
            DnsLabel().IsMatch(o.Name).Should().BeTrue($"{o}: metadata.name must be a DNS-1123 label");
        }
        Manifests.Objects.GroupBy(o => (o.Kind, o.Name)).Should().OnlyContain(g => g.Count() == 1, "no object is defined twice");
    }

    [Fact]
    public void Manifests_are_namespace_agnostic()
    {
        Manifests.Objects.Where(o => o.Metadata.At("namespace") is not null)
            .Should().BeEmpty("the namespace is chosen at apply time (-n or a kustomize overlay)");
        Manifests.Kustomization.At("namespace").Should().BeNull();
    }

    [Fact]
    public void Api_versions_are_the_stable_ones()
    {
        var expected = new Dictionary<string, string>
        {
            ["Deployment"] = "apps/v1",
            ["Service"] = "v1",
            ["ConfigMap"] = "v1",
            ["Secret"] = "v1",
            ["PodDisruptionBudget"] = "policy/v1",
            ["HorizontalPodAutoscaler"] = "autoscaling/v2",
            ["Job"] = "batch/v1",
        };
        foreach (var o in Manifests.Objects)
        {
            expected.Should().ContainKey(o.Kind, $"{o} is a kind these tests know");
            o.ApiVersion.Should().Be(expected[o.Kind], o.ToString());
        }
    }

    [Fact]
    public void Port_names_are_valid_service_names()
    {
        var names = Manifests.Objects.SelectMany(o => o.Containers).SelectMany(c => c.At("ports").Items())
            .Concat(Manifests.OfKind("Service").SelectMany(s => s.Spec.At("ports").Items()))
            .Select(p => p.At("name").Text())
            .ToList();

        names.Should().NotBeEmpty().And.OnlyContain(n => n != null && PortName().IsMatch(n) && !n.Contains("--"),
            "a port name is at most 15 lower-case letters, digits and '-' (IANA_SVC_NAME) and probes refer to it");
    }

    [Fact]
    public void Environment_values_and_config_data_are_strings()
    {
        var values = Manifests.Objects.SelectMany(o => o.Containers).SelectMany(c => c.At("env").Items())
            .Select(e => e.At("value")).OfType<YamlNode>()
            .Concat(Manifests.OfKind("ConfigMap").SelectMany(c => c.Root.At("data").Entries().Select(e => e.Value)))
            .Concat(Manifests.OfKind("Secret").SelectMany(c => c.Root.At("stringData").Entries().Select(e => e.Value)))
            .ToList();

        values.Should().NotBeEmpty();
        values.Where(v => v.IsNonStringScalar()).Select(v => $"{v} ({v.Where()})")
            .Should().BeEmpty("the API rejects a number or boolean where a string is expected: quote it");
    }

    [Fact]
    public void Every_workload_runs_as_non_root_without_privilege_escalation()
    {
        var workloads = Manifests.Objects.Where(o => o.Kind is "Deployment" or "Job").ToList();

        workloads.Should().NotBeEmpty();
        foreach (var workload in workloads)
        {
            workload.PodSpec.At("securityContext", "runAsNonRoot").Text().Should().Be("true", workload.ToString());
            foreach (var container in workload.Containers)
            {
                container.At("securityContext", "allowPrivilegeEscalation").Text().Should().Be("false", workload.ToString());
                container.At("securityContext", "capabilities", "drop").Items().Select(i => i.Text()).Should().Contain("ALL");
            }
        }
    }

    [Fact]
    public void Every_container_has_a_memory_request_equal_to_its_limit_and_no_cpu_limit()
    {
        foreach (var container in Manifests.Objects.SelectMany(o => o.Containers))
        {
            var name = container.At("name").Text();
            container.At("resources", "requests", "cpu").Text().Should().NotBeNullOrEmpty($"{name} needs a CPU request");
            container.At("resources", "limits", "cpu").Should().BeNull(
                $"{name}: a CPU limit throttles the process (Orleans membership pings time out under load)");
            if (container.At("resources", "limits", "memory").Text() is { } limit)
            {
                container.At("resources", "requests", "memory").Text().Should().Be(limit, $"{name}: memory is requested as limited");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex("^(?=.*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$")]
    private static partial Regex PortName();
}
