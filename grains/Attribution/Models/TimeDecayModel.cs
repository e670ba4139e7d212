namespace Okube.Actors.Attribution.Models;

/// <summary>Weights 2^(−Δ/h), normalised; Δ = conversion time − touch time, h the half-life.</summary>
public sealed class TimeDecayModel(TimeSpan halfLife) : IAttributionModel
{
    public static readonly TimeSpan DefaultHalfLife = TimeSpan.FromDays(7);

    public TimeDecayModel() : this(DefaultHalfLife) { }

    public TimeSpan HalfLife { get; } = halfLife > TimeSpan.Zero
        ? halfLife
        : throw new ArgumentOutOfRangeException(nameof(halfLife), "The half-life must be positive.");

    public AttributionModel Kind => AttributionModel.TimeDecay;
    public string Name => "time_decay";

    public void Weigh(ReadOnlySpan<DateTime> touchTimes, DateTime conversionTime, Span<double> weights)
    {
        var n = touchTimes.Length;
        // Measured from the newest touch so that long paths never underflow; the ratio
        // between weights, and so the normalised result, is unchanged.
        var newest = touchTimes[n - 1].Ticks;
        var halfLifeTicks = (double)HalfLife.Ticks;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var w = Math.Pow(2, -(newest - touchTimes[i].Ticks) / halfLifeTicks);
            weights[i] = w;
            sum += w;
        }
        for (var i = 0; i < n; i++)
        {
            weights[i] /= sum;
        }
    }
}
