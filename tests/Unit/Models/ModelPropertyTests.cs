using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Models;

/// <summary>Properties over seeded random paths of 1 to 20 touches.</summary>
public sealed class ModelPropertyTests
{
    private const int Cases = 200;

    [Theory]
    [InlineData(AttributionModel.FirstTouch)]
    [InlineData(AttributionModel.LastTouch)]
    [InlineData(AttributionModel.Linear)]
    [InlineData(AttributionModel.PositionBased)]
    [InlineData(AttributionModel.TimeDecay)]
    public void Weights_are_non_negative_and_sum_to_one(AttributionModel kind)
    {
        var model = AttributionModels.Default[kind];
        var random = new Random(7_001 + (int)kind);
        for (var c = 0; c < Cases; c++)
        {
            var (conversion, touches) = RandomPath(random);
            var weights = model.Weigh(conversion, touches);

            weights.Should().HaveCount(touches.Length);
            weights.Should().AllSatisfy(w => w.Should().BeGreaterThanOrEqualTo(0), $"case {c}");
            Math.Abs(weights.Sum() - 1).Should().BeLessThanOrEqualTo(1e-12, $"case {c} of {touches.Length} touches");
        }
    }

    [Fact]
    public void Time_decay_never_decreases_toward_the_conversion()
    {
        var model = AttributionModels.Default[AttributionModel.TimeDecay];
        var random = new Random(7_100);
        for (var c = 0; c < Cases; c++)
        {
            var (conversion, touches) = RandomPath(random);
            var weights = model.Weigh(conversion, touches);

            for (var i = 1; i < weights.Length; i++)
            {
                weights[i].Should().BeGreaterThanOrEqualTo(weights[i - 1], $"case {c}: touch {i} is not older than touch {i - 1}");
                if (touches[i] == touches[i - 1])
                {
                    weights[i].Should().Be(weights[i - 1], $"case {c}: simultaneous touches weigh the same");
                }
            }
        }
    }

    /// <summary>A path in order: 1 to 20 touches up to 90 days before the conversion, some simultaneous.</summary>
    private static (DateTime Conversion, DateTime[] Touches) RandomPath(Random random)
    {
        var conversion = ModelExtensions.Epoch.AddMinutes(random.Next(0, 60 * 24 * 365));
        var n = random.Next(1, 21);
        var touches = new DateTime[n];
        for (var i = 0; i < n; i++)
        {
            touches[i] = i > 0 && random.Next(5) == 0
                ? touches[i - 1]
                : conversion - TimeSpan.FromSeconds(random.Next(0, 60 * 60 * 24 * 90));
        }
        Array.Sort(touches);
        return (conversion, touches);
    }
}
