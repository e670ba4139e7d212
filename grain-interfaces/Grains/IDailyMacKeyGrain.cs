namespace Okube.Actors.Grains;

/// <summary>
/// The key that pseudonymises a tenant's raw MAC addresses for one UTC day (key:
/// "tenant/yyyy-MM-dd"): 256 random bits made when the grain activates, held in its memory
/// only, never stored, and dropped once the day (and <see cref="MacKeyDays.Grace"/>) is over.
/// </summary>
public interface IDailyMacKeyGrain : IGrainWithStringKey
{
    /// <summary>
    /// The day's key. Fails when the silo's clock is outside the day and its grace: nobody
    /// gets a past day's key back, nor one that would make a later day's pseudonyms now.
    /// </summary>
    Task<byte[]> GetKeyAsync();
}
