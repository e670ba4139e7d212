namespace Okube.Actors.Attribution.Models;

public sealed class LastTouchModel : IAttributionModel
{
    public AttributionModel Kind => AttributionModel.LastTouch;
    public string Name => "last_touch";

    public void Weigh(ReadOnlySpan<DateTime> touchTimes, DateTime conversionTime, Span<double> weights)
    {
        weights[..touchTimes.Length].Clear();
        weights[touchTimes.Length - 1] = 1;
    }
}
