namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>Every YAML document under infra/kubernetes, parsed once.</summary>
public sealed class KubernetesManifests
{
    public const string Folder = "infra/kubernetes";

    private static readonly Lazy<KubernetesManifests> Loaded = new(Load);

    public static KubernetesManifests Instance => Loaded.Value;

    /// <summary>Repository-relative paths of the YAML files.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Every Kubernetes object (the Kustomization excluded).</summary>
    public required IReadOnlyList<KubeObject> Objects { get; init; }

    public required YamlMappingNode Kustomization { get; init; }

    public IEnumerable<KubeObject> OfKind(string kind) => Objects.Where(o => o.Kind == kind);

    public KubeObject Single(string kind, string name) =>
        Objects.Should().ContainSingle(o => o.Kind == kind && o.Name == name, $"infra/kubernetes defines {kind}/{name}").Subject;

    public KubeObject? Find(string kind, string name) => Objects.SingleOrDefault(o => o.Kind == kind && o.Name == name);

    /// <summary>The values of a Secret, from stringData and (base64) data.</summary>
    public static IReadOnlyDictionary<string, string> SecretValues(KubeObject secret)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in secret.Root.At("data").Entries())
        {
            values[key] = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value.Text() ?? ""));
        }
        foreach (var (key, value) in secret.Root.At("stringData").Entries())
        {
            values[key] = value.Text() ?? "";
        }
        return values;
    }

    private static KubernetesManifests Load()
    {
        var folder = RepositoryFiles.PathOf(Folder);
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var objects = new List<KubeObject>();
        YamlMappingNode? kustomization = null;
        foreach (var file in files)
        {
            var relative = RepositoryFiles.Relative(file);
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }
            foreach (var document in stream.Documents)
            {
                if (document.RootNode is not YamlMappingNode root)
                {
                    throw new InvalidOperationException($"{relative}: a document that is not a mapping ({document.RootNode.Where()}).");
                }
                var kind = root.At("kind").Text()
                    ?? throw new InvalidOperationException($"{relative}: a document without kind ({root.Where()}).");
                if (kind == "Kustomization")
                {
                    kustomization = kustomization is null
                        ? root
                        : throw new InvalidOperationException($"{relative}: a second Kustomization.");
                    continue;
                }
                objects.Add(new KubeObject(relative, root.At("apiVersion").Text() ?? "", kind,
                    root.At("metadata", "name").Text() ?? "", root));
            }
        }
        return new KubernetesManifests
        {
            Files = files.Select(RepositoryFiles.Relative).ToList(),
            Objects = objects,
            Kustomization = kustomization ?? throw new InvalidOperationException($"No kustomization.yaml in {Folder}."),
        };
    }
}
