namespace Okube.Actors.Attribution.Ledger;

/// <summary>
/// The share of one conversion that one campaign receives through touches of one channel,
/// under each model (indexed by <see cref="AttributionModel"/>).
/// </summary>
public sealed record ChannelWeights(string Channel, double[] Weights)
{
    public bool SameAs(ChannelWeights other) =>
        string.Equals(Channel, other.Channel, StringComparison.Ordinal) &&
        Weights.AsSpan().SequenceEqual(other.Weights);
}
