namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>Every test class joins this collection: one silo for the whole assembly.</summary>
[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFactory>
{
    public const string Name = "silo";
}
