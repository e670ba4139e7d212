namespace Okube.Actors.Grains.Tenants;

[GenerateSerializer]
public sealed class EventIdIndexState
{
    /// <summary>128-bit hashes of the accepted ids, 16 bytes each: compact to hold and to write.</summary>
    [Id(0)] public byte[] Hashes { get; set; } = [];
}
