using Okube.Actors.Attribution.Models;

namespace Okube.Actors.Attribution.Ledger;

/// <summary>Per-tenant attribution parameters.</summary>
public sealed record AttributionSettings(TimeSpan Lookback, TimeSpan TimeDecayHalfLife, TimeSpan AllowedLateness)
{
    public static readonly TimeSpan DefaultLookback = TimeSpan.FromDays(30);
    public static readonly TimeSpan DefaultAllowedLateness = TimeSpan.FromDays(90);

    public AttributionSettings(TimeSpan lookback, TimeSpan timeDecayHalfLife)
        : this(lookback, timeDecayHalfLife, DefaultAllowedLateness) { }

    public static AttributionSettings Default { get; } = new(DefaultLookback, TimeDecayModel.DefaultHalfLife);

    public AttributionModels Models { get; } = new(TimeDecayHalfLife);
}
