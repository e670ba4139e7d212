using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>Navigation in YamlDotNet's representation model, tolerant of missing nodes.</summary>
public static partial class YamlNodes
{
    /// <summary>The node at a path of mapping keys, or null when any step is missing.</summary>
    public static YamlNode? At(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>The scalar's text, or null for a missing node, a YAML null or a non-scalar.</summary>
    public static string? Text(this YamlNode? node) =>
        node is YamlScalarNode scalar && !(scalar.Style == ScalarStyle.Plain && IsNull(scalar.Value)) ? scalar.Value : null;

    public static int? Int(this YamlNode? node) => int.TryParse(node.Text(), out var value) ? value : null;

    public static IReadOnlyList<YamlNode> Items(this YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    /// <summary>The entries of a mapping, keys as text; empty for anything else.</summary>
    public static IReadOnlyList<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node) =>
        node is YamlMappingNode mapping
            ? mapping.Children.Select(e => new KeyValuePair<string, YamlNode>(e.Key.Text() ?? "", e.Value)).ToList()
            : [];

    public static IReadOnlyDictionary<string, string> StringMap(this YamlNode? node) =>
        node.Entries().ToDictionary(e => e.Key, e => e.Value.Text() ?? "", StringComparer.Ordinal);

    /// <summary>
    /// True for a plain scalar that Kubernetes (YAML 1.1 through sigs.k8s.io/yaml) reads as a
    /// number, boolean or null: rejected where the API wants a string (env values, ConfigMap data).
    /// </summary>
    public static bool IsNonStringScalar(this YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
        && (IsNull(scalar.Value) || Yaml11Bool().IsMatch(scalar.Value!) || YamlNumber().IsMatch(scalar.Value!));

    public static string Where(this YamlNode node) => $"line {node.Start.Line}";

    private static bool IsNull(string? value) => value is null or "" or "~" or "null" or "Null" or "NULL";

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Yaml11Bool();

    [GeneratedRegex(@"^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o?[0-7]+|\.inf|\.Inf|\.nan|\.NaN)$")]
    private static partial Regex YamlNumber();
}
