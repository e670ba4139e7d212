using System.Text.RegularExpressions;
using Okube.Actors.Tests.Manifests.Infrastructure;

namespace Okube.Actors.Tests.Manifests;

public sealed partial class SecretTests
{
    private static KubernetesManifests Manifests => KubernetesManifests.Instance;

    private static IEnumerable<KubeObject> Secrets => Manifests.OfKind("Secret");

    private static IEnumerable<(KubeObject Workload, YamlNode Reference)> SecretKeyRefs =>
        Manifests.Objects.SelectMany(o => o.Containers.SelectMany(c => c.At("env").Items())
            .Select(e => e.At("valueFrom", "secretKeyRef")).OfType<YamlNode>().Select(r => (o, r)));

    [Fact]
    public void Secrets_are_only_in_the_template()
    {
        Secrets.Should().NotBeEmpty().And.OnlyContain(s => s.File == Workloads.SecretTemplateFile);
    }

    [Fact]
    public void Every_secret_key_reference_names_a_key_of_the_template()
    {
        SecretKeyRefs.Should().NotBeEmpty();
        foreach (var (workload, reference) in SecretKeyRefs)
        {
            var secret = Manifests.Single("Secret", reference.At("name").Text() ?? "");
            KubernetesManifests.SecretValues(secret).Should().ContainKey(reference.At("key").Text()!, $"{workload} refers to it");
        }
    }

    [Fact]
    public void Every_env_from_source_is_defined()
    {
        var sources = Manifests.Objects.SelectMany(o => o.Containers).SelectMany(c => c.At("envFrom").Items()).ToList();

        sources.Should().NotBeEmpty();
        foreach (var source in sources)
        {
            if (source.At("secretRef", "name").Text() is { } secret)
            {
                Manifests.Find("Secret", secret).Should().NotBeNull($"Secret {secret} is in the template");
            }
            if (source.At("configMapRef", "name").Text() is { } configMap)
            {
                Manifests.Find("ConfigMap", configMap).Should().NotBeNull($"ConfigMap {configMap} is in the manifests");
            }
        }
    }

    [Fact]
    public void Credentials_are_given_as_secrets_not_as_literals_or_config_map_entries()
    {
        var literal = Manifests.Objects.SelectMany(o => o.Containers).SelectMany(c => c.At("env").Items())
            .Where(e => e.At("value") is not null).Select(e => e.At("name").Text()!)
            .Concat(Manifests.OfKind("ConfigMap").SelectMany(c => c.Root.At("data").Entries().Select(e => e.Key)));

        literal.Where(IsCredential).Should().BeEmpty();
        Secrets.SelectMany(s => KubernetesManifests.SecretValues(s).Keys).Should()
            .Contain(["ConnectionStrings__Postgres", "ConnectionStrings__EventHubs"])
            .And.Contain(k => k.EndsWith("__KeySha256", StringComparison.Ordinal))
            .And.Contain(k => k.EndsWith("__PseudonymisationSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void The_template_holds_placeholders_that_grant_no_access()
    {
        var values = Secrets.SelectMany(s => KubernetesManifests.SecretValues(s)).ToList();

        values.Where(v => IsCredential(v.Key)).Should().NotBeEmpty()
            .And.OnlyContain(v => v.Value.Contains("CHANGE-ME", StringComparison.Ordinal), "every secret value is a marked placeholder");
        values.Where(v => v.Key.EndsWith("__Key", StringComparison.Ordinal)).Should()
            .BeEmpty("a plain key in a template would be a working key wherever the template is applied unchanged");
        values.Where(v => v.Key.EndsWith("__KeySha256", StringComparison.Ordinal)).Should()
            .OnlyContain(v => !Sha256Hex().IsMatch(v.Value), "a placeholder that is not a hash matches no presented key");
    }

    private static bool IsCredential(string name) =>
        name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
        || name.EndsWith("__Key", StringComparison.Ordinal)
        || name.EndsWith("__KeySha256", StringComparison.Ordinal)
        || name.Contains("Secret", StringComparison.Ordinal)
        || name.Contains("Password", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
