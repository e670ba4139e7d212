using Okube.Actors.Credit;

namespace Okube.Actors.Grains.Campaigns;

[GenerateSerializer]
public sealed class CampaignState
{
    [Id(0)] public string? Name { get; set; }
    [Id(1)] public string? DeclaredChannel { get; set; }
    /// <summary>
    /// The channel of the costed touch with the smallest id, used when nothing else names
    /// one: the smallest id, not the first to arrive, so that arrival order does not matter.
    /// </summary>
    [Id(2)] public string? ObservedChannel { get; set; }
    [Id(3)] public Dictionary<DateOnly, double> DeclaredSpend { get; set; } = [];
    [Id(4)] public Dictionary<DateOnly, double> TouchCosts { get; set; } = [];
    [Id(5)] public List<string> CostedTouches { get; set; } = [];
    [Id(6)] public List<CreditUpdate> Credits { get; set; } = [];
    [Id(7)] public Dictionary<string, long> Retracted { get; set; } = [];
    [Id(8)] public bool Registered { get; set; }
    /// <summary>The touch <see cref="ObservedChannel"/> was taken from.</summary>
    [Id(9)] public string? ObservedChannelTouch { get; set; }
    /// <summary>Touches whose cost was taken back out (their person was erased).</summary>
    [Id(10)] public List<string> RetractedTouches { get; set; } = [];
}
