namespace Okube.Actors.Tests.Cluster.Infrastructure;

[CollectionDefinition(Name)]
public sealed class WriteThroughCollection : ICollectionFixture<WriteThroughCluster>
{
    public const string Name = "write-through cluster";
}
