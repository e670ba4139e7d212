using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;

namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>
/// What the manifests must agree with, read from the code: constants and defaults by
/// reflection, and (where the code keeps them as literals) from the C# source text.
/// </summary>
public static partial class CodeFacts
{
    public const string ClusterModeHostingSource = "silo/Hosting/ClusterModeHosting.cs";
    public const string GatewayHostingSource = "gateway/Api/Hosting/GatewayHostingExtensions.cs";
    public const string ClusterClientHostingSource = "gateway/Hosting/ClusterClientHostingExtensions.cs";

    /// <summary>Paths mapped with MapHealthChecks in the API (shared by the silo and the gateway).</summary>
    public static IReadOnlyList<string> HealthPaths { get; } =
        MapHealthChecks().Matches(RepositoryFiles.Read(GatewayHostingSource)).Select(m => m.Groups[1].Value).ToList();

    public static string LivePath => HealthPaths.Should().ContainSingle(p => p.EndsWith("/live", StringComparison.Ordinal)).Subject;

    public static string ReadyPath => HealthPaths.Should().ContainSingle(p => p.EndsWith("/ready", StringComparison.Ordinal)).Subject;

    /// <summary>HostOptions.ShutdownTimeout the silo sets in Cluster mode.</summary>
    public static TimeSpan SiloShutdownTimeout => ShutdownTimeoutIn(ClusterModeHostingSource)
        ?? throw new InvalidOperationException($"{ClusterModeHostingSource} no longer sets ShutdownTimeout = TimeSpan.FromSeconds(n).");

    /// <summary>The gateway's shutdown timeout: whatever its sources set, else the framework default.</summary>
    public static TimeSpan GatewayShutdownTimeout =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("gateway"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => ShutdownTimeoutIn(RepositoryFiles.Relative(f)))
            .OfType<TimeSpan>()
            .DefaultIfEmpty(new HostOptions().ShutdownTimeout)
            .Max();

    /// <summary>How long a silo or the gateway waits for PostgreSQL at start-up (ClusterSettings.CheckDatabase).</summary>
    public static TimeSpan DatabaseCheckTimeout(string source) =>
        CheckDatabase().Match(RepositoryFiles.Read(source)) is { Success: true } m
            ? TimeSpan.FromSeconds(int.Parse(m.Groups[1].Value))
            : throw new InvalidOperationException($"{source} no longer calls CheckDatabase(TimeSpan.FromSeconds(n)).");

    /// <summary>Environment variables the silo reads directly (Environment.GetEnvironmentVariable).</summary>
    public static IReadOnlyList<string> SiloEnvironmentVariables { get; } =
        GetEnvironmentVariable().Matches(RepositoryFiles.Read(ClusterModeHostingSource)).Select(m => m.Groups[1].Value).Distinct().ToList();

    private static TimeSpan? ShutdownTimeoutIn(string source) =>
        ShutdownTimeout().Match(RepositoryFiles.Read(source)) is { Success: true } m
            ? TimeSpan.FromSeconds(int.Parse(m.Groups[1].Value))
            : null;

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    [GeneratedRegex(@"MapHealthChecks\(\s*""([^""]+)""")]
    private static partial Regex MapHealthChecks();

    [GeneratedRegex(@"ShutdownTimeout\s*=\s*TimeSpan\.FromSeconds\(\s*(\d+)\s*\)")]
    private static partial Regex ShutdownTimeout();

    [GeneratedRegex(@"CheckDatabase\(\s*TimeSpan\.FromSeconds\(\s*(\d+)\s*\)\s*\)")]
    private static partial Regex CheckDatabase();

    [GeneratedRegex(@"GetEnvironmentVariable\(\s*""([A-Za-z_][A-Za-z0-9_]*)""\s*\)")]
    private static partial Regex GetEnvironmentVariable();
}
