namespace Okube.Actors.Attribution.Models;

public sealed class LinearModel : IAttributionModel
{
    public AttributionModel Kind => AttributionModel.Linear;
    public string Name => "linear";

    public void Weigh(ReadOnlySpan<DateTime> touchTimes, DateTime conversionTime, Span<double> weights) =>
        weights[..touchTimes.Length].Fill(1.0 / touchTimes.Length);
}
