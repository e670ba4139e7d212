using Okube.Actors.Attribution.Models;

namespace Okube.Actors.Attribution.Ledger;

/// <summary>Per-tenant attribution parameters.</summary>
public sealed record AttributionSettings(TimeSpan Lookback, TimeSpan TimeDecayHalfLife)
{
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(30);

    public static AttributionSettings Default { get; } = new(DefaultLookback, TimeDecayModel.DefaultHalfLife);

    public AttributionModels Models { get; } = new(TimeDecayHalfLife);
}
