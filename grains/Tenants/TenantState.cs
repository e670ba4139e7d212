namespace Okube.Actors.Grains.Tenants;

[GenerateSerializer]
public sealed class TenantState
{
    [Id(0)] public HashSet<string> Campaigns { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long Processed { get; set; }
}
