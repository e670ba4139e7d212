namespace Okube.Actors.Grains;

/// <summary>
/// One shard of a tenant's accepted event ids (key: "tenant/shard"), so that a repeated id
/// is reported as a duplicate at ingest and never published twice.
/// </summary>
public interface IEventIdIndexGrain : IGrainWithStringKey
{
    /// <summary>True at each index whose id this shard does not hold yet (reads only).</summary>
    Task<bool[]> FilterNewAsync(string[] eventIds);

    /// <summary>Records the ids as accepted; true at each index whose id was new.</summary>
    Task<bool[]> ReserveAsync(string[] eventIds);


    /// <summary>How many ids this shard holds (accepted events).</summary>
    Task<long> GetCountAsync();
}
