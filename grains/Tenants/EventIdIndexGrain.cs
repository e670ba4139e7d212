namespace Okube.Actors.Grains.Tenants;

/// <summary>
/// One shard of a tenant's accepted event ids. Ids are held as 128-bit hashes: two distinct
/// ids colliding is about as likely as a cosmic-ray bit flip, and it keeps 10 million ids
/// in a few hundred megabytes rather than gigabytes. New ids are appended to the
/// <see cref="IEventIdJournal"/> before the reservation is answered.
/// </summary>
public sealed class EventIdIndexGrain(IEventIdJournal journal) : Grain, IEventIdIndexGrain
{
    private readonly HashSet<UInt128> ids = [];
    private string tenant = "";
    private int shard;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (t, s) = GrainKeys.Split(this.GetPrimaryKeyString());
        (tenant, shard) = (t, int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        ids.UnionWith(await journal.LoadAsync(tenant, shard));
    }

    public Task<bool[]> FilterNewAsync(string[] eventIds) =>
        Task.FromResult(eventIds.Select(id => !ids.Contains(EventIdShards.KeyOf(id))).ToArray());

    public async Task<bool[]> ReserveAsync(string[] eventIds)
    {
        var fresh = new bool[eventIds.Length];
        var added = new List<UInt128>();
        for (var i = 0; i < eventIds.Length; i++)
        {
            var hash = EventIdShards.KeyOf(eventIds[i]);
            if (ids.Add(hash))
            {
                fresh[i] = true;
                added.Add(hash);
            }
        }
        if (added.Count > 0)
        {
            try
            {
                await journal.AppendAsync(tenant, shard, added);
            }
            catch
            {
                ids.ExceptWith(added);
                throw;
            }
        }
        return fresh;
    }


    public Task<long> GetCountAsync() => Task.FromResult((long)ids.Count);

}
