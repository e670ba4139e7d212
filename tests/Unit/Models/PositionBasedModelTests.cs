using Okube.Actors.Attribution;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Models;

/// <summary>Position-based weights of contract section 4 for n = 1, 2, 3, 5.</summary>
public sealed class PositionBasedModelTests
{
    [Theory]
    [InlineData(1, new[] { 1.0 })]
    [InlineData(2, new[] { 0.5, 0.5 })]
    [InlineData(3, new[] { 0.4, 0.2, 0.4 })]
    [InlineData(5, new[] { 0.4, 0.2 / 3, 0.2 / 3, 0.2 / 3, 0.4 })]
    public void Position_based_gives_40_percent_to_each_end_and_shares_20_percent_among_the_middle(int n, double[] expected)
    {
        var weights = ModelExtensions.Model(AttributionModel.PositionBased).WeighDaily(n);

        weights.Should().HaveCount(n);
        for (var i = 0; i < n; i++)
        {
            weights[i].Should().BeApproximately(expected[i], 1e-15, $"position {i} of {n}");
        }
    }
}
