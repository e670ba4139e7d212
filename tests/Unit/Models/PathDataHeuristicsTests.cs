using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Models;

/// <summary>
/// ChannelAttribution's heuristics on its 10,000-path sample (attribution-cases.md): each path's
/// touches at distinct times in path order, each weight times the path's conversions credited
/// to that occurrence's channel.
/// </summary>
public sealed class PathDataHeuristicsTests
{
    private static readonly Lazy<Dictionary<AttributionModel, Dictionary<string, double>>> Credits = new(() =>
        new[] { AttributionModel.FirstTouch, AttributionModel.LastTouch, AttributionModel.Linear }
            .ToDictionary(m => m, m => Credit(PathData.All, AttributionModels.Default[m])));

    [Fact]
    public void Path_data_set_has_10000_paths_19785_conversions_and_68602_nulls()
    {
        PathData.All.Should().HaveCount(10_000);
        PathData.All.Sum(r => r.Conversions).Should().Be(19_785);
        PathData.All.Sum(r => r.Nulls).Should().Be(68_602);
    }

    [Theory]
    [InlineData("alpha", 6308, 8447, 7574.71859375117)]
    [InlineData("iota", 4606, 3355, 3857.09622101776)]
    [InlineData("eta", 3164, 4167, 3539.95115710057)]
    public void Heuristic_credits_match_channel_attribution(string channel, double first, double last, double linear)
    {
        Credits.Value[AttributionModel.FirstTouch][channel].Should().Be(first);
        Credits.Value[AttributionModel.LastTouch][channel].Should().Be(last);
        var actual = Credits.Value[AttributionModel.Linear][channel];
        Math.Abs(actual - linear).Should().BeLessThanOrEqualTo(1e-9 * linear, $"linear credit of {channel} is {actual}");
    }

    [Theory]
    [InlineData(AttributionModel.FirstTouch)]
    [InlineData(AttributionModel.LastTouch)]
    [InlineData(AttributionModel.Linear)]
    public void Every_conversion_of_the_data_set_is_credited_once(AttributionModel kind)
    {
        Credits.Value[kind].Values.Sum().Should().BeApproximately(19_785, 1e-6);
    }

    private static Dictionary<string, double> Credit(IReadOnlyList<PathRow> rows, IAttributionModel model)
    {
        var credit = new Dictionary<string, double>(StringComparer.Ordinal);
        var start = ModelExtensions.Epoch;
        foreach (var row in rows)
        {
            var n = row.Channels.Length;
            var times = new DateTime[n];
            for (var i = 0; i < n; i++)
            {
                times[i] = start.AddMinutes(i);
            }
            var weights = model.Weigh(start.AddMinutes(n), times);
            for (var i = 0; i < n; i++)
            {
                credit[row.Channels[i]] = credit.GetValueOrDefault(row.Channels[i]) + weights[i] * row.Conversions;
            }
        }
        return credit;
    }
}
