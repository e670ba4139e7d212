namespace Okube.Actors.Tests.Postgres.Grains;

/// <summary>The implicit subscriber of one stream of the ADO.NET stream provider.</summary>
public interface IStreamSinkGrain : IGrainWithStringKey
{
    /// <summary>The items received so far, in arrival order.</summary>
    Task<IReadOnlyList<string>> GetReceivedAsync();
}
