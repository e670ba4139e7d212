namespace Okube.Actors.Tests.Postgres.Grains;

/// <summary>A grain whose one number lives in the ADO.NET grain storage.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>The number and the ETag of the stored state as this activation knows them.</summary>
    Task<(int Value, string? ETag, bool RecordExists)> GetAsync();

    /// <summary>Sets the number and writes the state.</summary>
    Task SetAsync(int value);

    /// <summary>Clears the stored state.</summary>
    Task ClearAsync();
}
