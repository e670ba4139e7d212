namespace Okube.Actors.Tests.Cluster.Infrastructure;

[CollectionDefinition(Name)]
public sealed class WriteBehindCollection : ICollectionFixture<WriteBehindCluster>
{
    public const string Name = "write-behind cluster";
}
