namespace Okube.Actors.Silo.Options;

/// <summary>The "Orleans" section: cluster identity and ports (contract section 1).</summary>
public sealed class OrleansEndpointOptions
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "okube-local";
    public string ServiceId { get; set; } = "okube";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    public string? AdvertisedIP { get; set; }
}
