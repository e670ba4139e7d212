namespace Okube.Actors.Tests.Cluster;

/// <summary>Persistence with state written before each change is acknowledged (cluster mode).</summary>
[Collection(WriteThroughCollection.Name)]
public sealed class WriteThroughPersistenceTests(WriteThroughCluster fixture) : PersistenceTests(fixture);
