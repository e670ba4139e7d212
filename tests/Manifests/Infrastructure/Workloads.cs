namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>The objects the tests look at by name.</summary>
public static class Workloads
{
    public const string Silo = "okube-silo";
    public const string Gateway = "okube-gateway";
    public const string SchemaJob = "okube-schema";
    public const string SecretTemplateFile = "infra/kubernetes/secret.template.yaml";
    public const string SchemaJobFile = "infra/kubernetes/schema-job.yaml";

    public static KubernetesManifests Manifests => KubernetesManifests.Instance;

    public static KubeObject SiloDeployment => Manifests.Single("Deployment", Silo);

    public static KubeObject GatewayDeployment => Manifests.Single("Deployment", Gateway);

    public static KubeObject Deployment(string name) => Manifests.Single("Deployment", name);

    /// <summary>The named container port of a container, or null.</summary>
    public static int? ContainerPort(YamlNode container, string name) =>
        container.At("ports").Items().SingleOrDefault(p => p.At("name").Text() == name).At("containerPort").Int();

    /// <summary>True when every label of a selector is on the pod (matchLabels; matchExpressions are not used).</summary>
    public static bool Selects(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> podLabels) =>
        selector.Count > 0 && selector.All(l => podLabels.TryGetValue(l.Key, out var value) && value == l.Value);
}
