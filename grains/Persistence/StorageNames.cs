namespace Okube.Actors.Grains.Persistence;

/// <summary>Grain storage provider names registered by the silo.</summary>
public static class StorageNames
{
    /// <summary>State of devices, identities, campaigns and tenants.</summary>
    public const string Grains = "okube";
}
