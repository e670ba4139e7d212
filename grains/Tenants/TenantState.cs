namespace Okube.Actors.Grains.Tenants;

[GenerateSerializer]
public sealed class TenantState
{
    [Id(0)] public HashSet<string> Campaigns { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public long Processed { get; set; }
    [Id(2)] public long TouchpointsUsed { get; set; }
    [Id(3)] public long TouchpointsDropped { get; set; }
}
