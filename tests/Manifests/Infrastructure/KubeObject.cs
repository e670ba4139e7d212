namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>One Kubernetes object: a YAML document of a file under infra/kubernetes.</summary>
public sealed record KubeObject(string File, string ApiVersion, string Kind, string Name, YamlMappingNode Root)
{
    public YamlNode? Spec => Root.At("spec");

    public YamlNode? Metadata => Root.At("metadata");

    /// <summary>The pod template's spec of a Deployment or Job.</summary>
    public YamlNode? PodSpec => Root.At("spec", "template", "spec");

    public IReadOnlyDictionary<string, string> PodLabels => Root.At("spec", "template", "metadata", "labels").StringMap();

    public IReadOnlyList<YamlNode> Containers => PodSpec.At("containers").Items();

    public YamlNode SingleContainer => Containers.Should().ContainSingle($"{this} has one container").Subject;

    public override string ToString() => $"{Kind}/{Name} ({File})";
}
