namespace Okube.Actors.Attribution.Models;

/// <summary>Splits one conversion among the touches of its path.</summary>
public interface IAttributionModel
{
    AttributionModel Kind { get; }

    /// <summary>The name used on the wire (<c>first_touch</c>, ...).</summary>
    string Name { get; }

    /// <summary>
    /// Writes into <paramref name="weights"/> one weight per touch; they sum to 1.
    /// <paramref name="touchTimes"/> is the path in order (non-empty), each at or before
    /// <paramref name="conversionTime"/>.
    /// </summary>
    void Weigh(ReadOnlySpan<DateTime> touchTimes, DateTime conversionTime, Span<double> weights);
}
