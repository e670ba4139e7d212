namespace Okube.Actors.Grains;

/// <summary>Grain keys are "tenant/..." so that nothing of one tenant can address another's.</summary>
public static class GrainKeys
{
    public static string Identity(string tenant, string personKey) => $"{tenant}/{personKey}";

    public static string Campaign(string tenant, string campaignId) => $"{tenant}/{campaignId}";

    public static string EventIdShard(string tenant, int shard) => $"{tenant}/{shard}";

    public static string DailyMacKey(string tenant, DateOnly day) => $"{tenant}/{MacKeyDays.Format(day)}";

    /// <summary>Splits "tenant/rest" at the first '/'.</summary>
    public static (string Tenant, string Local) Split(string key)
    {
        var slash = key.IndexOf('/');
        if (slash <= 0)
        {
            throw new FormatException($"'{key}' is not a tenant-scoped grain key.");
        }
        return (key[..slash], key[(slash + 1)..]);
    }
}
