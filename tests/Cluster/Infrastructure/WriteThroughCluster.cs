namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Grains write their state before acknowledging each change (the cluster-mode default).</summary>
public sealed class WriteThroughCluster() : ClusterFixture(writeThrough: true);
