using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Models;

/// <summary>The "Heuristic models" cases of shared/reference/attribution-cases.md.</summary>
public sealed class HeuristicModelTests
{
    private static readonly DateTime Conversion = ModelExtensions.Epoch.AddDays(10);

    // Direct > Organic_Search > Direct at distinct times.
    private static readonly DateTime[] SnowplowPath =
        [Conversion.AddDays(-3), Conversion.AddDays(-2), Conversion.AddDays(-1)];

    [Fact]
    public void Linear_gives_each_touch_of_the_snowplow_path_a_third_of_140()
    {
        var credit = ModelExtensions.Model(AttributionModel.Linear).Weigh(Conversion, SnowplowPath)
            .Select(w => w * 140).ToArray();

        credit.Should().AllSatisfy(c => c.Should().BeApproximately(46.6667, 1e-4));
        (credit[0] + credit[2]).Should().BeApproximately(93.3333, 1e-4, "Direct appears twice");
    }

    [Fact]
    public void Position_based_splits_the_snowplow_path_56_28_56()
    {
        var credit = ModelExtensions.Model(AttributionModel.PositionBased).Weigh(Conversion, SnowplowPath)
            .Select(w => w * 140).ToArray();

        credit[0].Should().BeApproximately(56, 1e-9);
        credit[1].Should().BeApproximately(28, 1e-9);
        credit[2].Should().BeApproximately(56, 1e-9);
    }

    [Theory]
    [InlineData(AttributionModel.Linear)]
    [InlineData(AttributionModel.PositionBased)]
    public void Two_touch_path_of_66_5_gives_33_25_to_each(AttributionModel kind)
    {
        var credit = ModelExtensions.Model(kind)
            .Weigh(Conversion, Conversion.AddDays(-2), Conversion.AddDays(-1))
            .Select(w => w * 66.5).ToArray();

        credit.Should().HaveCount(2);
        credit.Should().AllSatisfy(c => c.Should().BeApproximately(33.25, 1e-12));
    }

    [Theory]
    [InlineData(AttributionModel.FirstTouch)]
    [InlineData(AttributionModel.LastTouch)]
    [InlineData(AttributionModel.Linear)]
    [InlineData(AttributionModel.PositionBased)]
    [InlineData(AttributionModel.TimeDecay)]
    public void One_touch_path_gets_the_whole_conversion(AttributionModel kind)
    {
        ModelExtensions.Model(kind).Weigh(Conversion, Conversion.AddDays(-20))
            .Should().Equal(1.0);
    }

    [Fact]
    public void Time_decay_weighs_a_touch_8_days_old_half_as_much_as_one_1_day_old()
    {
        var weights = ModelExtensions.Model(AttributionModel.TimeDecay)
            .Weigh(Conversion, Conversion.AddDays(-8), Conversion.AddDays(-1));

        (weights[0] / weights[1]).Should().BeApproximately(0.5, 1e-12);
        weights[0].Should().BeApproximately(1.0 / 3, 1e-12);
        weights[1].Should().BeApproximately(2.0 / 3, 1e-12);
    }

    [Fact]
    public void Time_decay_uses_the_configured_half_life()
    {
        var weights = new TimeDecayModel(TimeSpan.FromDays(1))
            .Weigh(Conversion, Conversion.AddDays(-2), Conversion.AddDays(-1), Conversion);

        weights[0].Should().BeApproximately(1.0 / 7, 1e-12);
        weights[1].Should().BeApproximately(2.0 / 7, 1e-12);
        weights[2].Should().BeApproximately(4.0 / 7, 1e-12);
    }

    [Fact]
    public void Time_decay_rejects_a_half_life_that_is_not_positive()
    {
        var create = () => new TimeDecayModel(TimeSpan.Zero);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(AttributionModel.FirstTouch, new[] { 1.0, 0, 0, 0 })]
    [InlineData(AttributionModel.LastTouch, new[] { 0, 0, 0, 1.0 })]
    [InlineData(AttributionModel.Linear, new[] { 0.25, 0.25, 0.25, 0.25 })]
    public void Rule_based_models_follow_the_contract_table(AttributionModel kind, double[] expected)
    {
        ModelExtensions.Model(kind).WeighDaily(4).Should().Equal(expected);
    }

    [Fact]
    public void Weigh_writes_only_the_first_n_slots_of_a_larger_buffer()
    {
        var buffer = Enumerable.Repeat(9.0, 6).ToArray();
        DateTime[] touches = [Conversion.AddDays(-2), Conversion.AddDays(-1)];

        foreach (var model in AttributionModels.Default.All)
        {
            Array.Fill(buffer, 9.0);
            model.Weigh(touches, Conversion, buffer);
            buffer[2..].Should().AllSatisfy(x => x.Should().Be(9.0), $"{model.Name} writes n weights only");
            (buffer[0] + buffer[1]).Should().BeApproximately(1, 1e-12, model.Name);
        }
    }
}
