namespace Okube.Actors.Attribution.Models;

/// <summary>U-shaped: 40 % to the first and last touch, 20 % shared by the middle ones.</summary>
public sealed class PositionBasedModel : IAttributionModel
{
    public const double EndShare = 0.4;

    public AttributionModel Kind => AttributionModel.PositionBased;
    public string Name => "position_based";

    public void Weigh(ReadOnlySpan<DateTime> touchTimes, DateTime conversionTime, Span<double> weights)
    {
        var n = touchTimes.Length;
        switch (n)
        {
            case 1:
                weights[0] = 1;
                return;
            case 2:
                weights[0] = weights[1] = 0.5;
                return;
        }
        weights[1..(n - 1)].Fill((1 - 2 * EndShare) / (n - 2));
        weights[0] = weights[n - 1] = EndShare;
    }
}
