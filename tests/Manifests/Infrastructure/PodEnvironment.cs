using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>
/// The environment a container's process sees, as the kubelet builds it: envFrom sources in
/// order, then env entries (which win), with $(VAR) references expanded from what is defined
/// before them. Secrets come from the Secret template, downward-API fields get sample values.
/// </summary>
public sealed partial class PodEnvironment
{
    public const string SamplePodName = "okube-silo-5d8c9b7f6-x2v9q";
    public const string SamplePodIp = "10.244.1.17";
    public const string SampleNodeIp = "192.168.10.4";

    private PodEnvironment(IReadOnlyDictionary<string, string> variables) => Variables = variables;

    public IReadOnlyDictionary<string, string> Variables { get; }

    public static PodEnvironment Of(YamlNode container, KubernetesManifests manifests)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in container.At("envFrom").Items())
        {
            if (source.At("configMapRef", "name").Text() is { } configMap)
            {
                foreach (var (key, value) in manifests.Single("ConfigMap", configMap).Root.At("data").StringMap())
                {
                    variables[key] = value;
                }
            }
            if (source.At("secretRef", "name").Text() is { } secret)
            {
                foreach (var (key, value) in KubernetesManifests.SecretValues(manifests.Single("Secret", secret)))
                {
                    variables[key] = value;
                }
            }
        }
        foreach (var entry in container.At("env").Items())
        {
            var name = entry.At("name").Text() ?? throw new InvalidOperationException($"env entry without name ({entry.Where()}).");
            if (entry.At("value") is { } literal)
            {
                variables[name] = Expand(literal.Text() ?? "", variables);
            }
            else if (entry.At("valueFrom", "fieldRef", "fieldPath").Text() is { } field)
            {
                variables[name] = field switch
                {
                    "metadata.name" => SamplePodName,
                    "status.podIP" => SamplePodIp,
                    "status.hostIP" => SampleNodeIp,
                    _ => throw new InvalidOperationException($"env {name}: no sample for fieldRef {field}."),
                };
            }
            else if (entry.At("valueFrom", "secretKeyRef") is { } reference)
            {
                var secret = manifests.Find("Secret", reference.At("name").Text() ?? "");
                var key = reference.At("key").Text() ?? "";
                if (secret is not null && KubernetesManifests.SecretValues(secret).TryGetValue(key, out var value))
                {
                    variables[name] = value;
                }
                else if (reference.At("optional").Text() != "true")
                {
                    throw new InvalidOperationException($"env {name}: Secret key {reference.At("name").Text()}/{key} is not in the manifests.");
                }
            }
            else
            {
                throw new InvalidOperationException($"env {name}: neither value, fieldRef nor secretKeyRef ({entry.Where()}).");
            }
        }
        return new PodEnvironment(variables);
    }

    /// <summary>The configuration .NET builds from these variables ("__" is ":").</summary>
    public IConfiguration ToConfiguration() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(Variables.Select(v => new KeyValuePair<string, string?>(v.Key.Replace("__", ":", StringComparison.Ordinal), v.Value)))
            .Build();

    /// <summary>$(VAR) references left unexpanded (their variable was not defined before).</summary>
    public IEnumerable<string> UnresolvedReferences =>
        Variables.Values.SelectMany(v => Reference().Matches(v).Select(m => m.Value));

    private static string Expand(string value, IReadOnlyDictionary<string, string> defined) =>
        Reference().Replace(value, m => defined.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)")]
    private static partial Regex Reference();
}
