namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Grains write their state on a timer and at deactivation (the local-mode default).</summary>
public sealed class WriteBehindCluster() : ClusterFixture(writeThrough: false);
