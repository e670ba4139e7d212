namespace Okube.Actors.Attribution.Models;

public sealed class FirstTouchModel : IAttributionModel
{
    public AttributionModel Kind => AttributionModel.FirstTouch;
    public string Name => "first_touch";

    public void Weigh(ReadOnlySpan<DateTime> touchTimes, DateTime conversionTime, Span<double> weights)
    {
        weights[..touchTimes.Length].Clear();
        weights[0] = 1;
    }
}
