namespace Okube.Actors.Configuration;

/// <summary>One version of a tenant's pseudonymisation key ("Okube:Tenants:{name}:PseudonymisationKeys:{i}").</summary>
public sealed class PseudonymisationKeyOptions
{
    /// <summary>1 or more; the highest configured version pseudonymises new events.</summary>
    public int Version { get; set; }

    /// <summary>Secret of the keyed hash. Removing the entry destroys the version.</summary>
    public string Secret { get; set; } = "";
}
