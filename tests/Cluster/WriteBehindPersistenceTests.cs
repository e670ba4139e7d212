namespace Okube.Actors.Tests.Cluster;

/// <summary>Persistence with state written on a timer and at deactivation (local mode).</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class WriteBehindPersistenceTests(WriteBehindCluster fixture) : PersistenceTests(fixture);
