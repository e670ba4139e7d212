using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;
using static Okube.Actors.Tests.Unit.Ledger.LedgerFixtures;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>Hand-written PersonLedger cases: duplicates, late touches, lookback edges, ties.</summary>
public sealed class PersonLedgerTests
{
    private const int Linear = (int)AttributionModel.Linear;
    private const int First = (int)AttributionModel.FirstTouch;
    private const int Last = (int)AttributionModel.LastTouch;

    [Fact]
    public void Re_adding_a_duplicate_returns_false_and_emits_nothing()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t1", T0, cost: 0.5)).Should().BeTrue();
        ledger.AddConversion(Purchase("o1", T0.AddDays(1))).Should().BeTrue();
        ledger.Settle().IsEmpty.Should().BeFalse();

        ledger.AddTouchpoint(Touch("t1", T0.AddHours(1), campaign: "c2", cost: 3)).Should().BeFalse();
        ledger.AddConversion(Purchase("o1", T0.AddDays(2), amount: 5)).Should().BeFalse();
        ledger.AddTouchpoint(Touch("o1", T0)).Should().BeFalse("ids are shared by touches and conversions");
        ledger.AddConversion(Purchase("t1", T0.AddDays(1))).Should().BeFalse();

        ledger.Settle().IsEmpty.Should().BeTrue();
        ledger.Touchpoints.Should().ContainSingle();
        ledger.Conversions.Should().ContainSingle();
    }

    [Fact]
    public void Duplicate_re_added_before_settling_emits_the_credit_once()
    {
        var ledger = NewLedger();
        ledger.AddConversion(Purchase("o1", T0)).Should().BeTrue();
        ledger.AddConversion(Purchase("o1", T0)).Should().BeFalse();

        ledger.Settle().Credits.Should().ContainSingle().Which.Campaign.Should().BeNull();
    }

    [Fact]
    public void Conversion_without_touches_is_credited_to_the_unattributed_bucket()
    {
        var ledger = NewLedger();
        ledger.AddConversion(Purchase("o1", T0, amount: 42));

        var credit = ledger.Settle().Credits.Should().ContainSingle().Subject;
        credit.Campaign.Should().BeNull();
        credit.Version.Should().Be(1);
        credit.Value.Should().Be(42);
        credit.Day.Should().Be(DateOnly.FromDateTime(T0));
        credit.PersonKey.Should().Be("person-1");
        credit.Channels.Should().ContainSingle().Which.Weights.Should().Equal(1, 1, 1, 1, 1);
    }

    [Fact]
    public void Late_touch_retracts_the_unattributed_credit_and_credits_its_campaign()
    {
        var ledger = NewLedger();
        ledger.AddConversion(Purchase("o1", T0.AddDays(2)));
        ledger.Settle();

        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1", channel: "search"));
        var credits = ledger.Settle().Credits;

        credits.Should().HaveCount(2);
        var retraction = credits.Single(c => c.Campaign is null);
        retraction.IsRetraction.Should().BeTrue();
        retraction.Version.Should().Be(2);
        var credit = credits.Single(c => c.Campaign == "c1");
        credit.Version.Should().Be(2);
        credit.Channels.Should().ContainSingle().Which.Channel.Should().Be("search");
    }

    [Fact]
    public void Late_touch_of_another_campaign_recredits_the_conversion()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t2", T0.AddDays(1), campaign: "c2"));
        ledger.AddConversion(Purchase("o1", T0.AddDays(2)));
        ledger.Settle();

        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        var credits = ledger.Settle().Credits.ToDictionary(c => c.Campaign!);

        credits.Keys.Should().BeEquivalentTo("c1", "c2");
        credits["c1"].Channels.Single().Weights[First].Should().Be(1);
        credits["c1"].Channels.Single().Weights[Linear].Should().Be(0.5);
        credits["c2"].Channels.Single().Weights[First].Should().Be(0);
        credits["c2"].Channels.Single().Weights[Last].Should().Be(1);
        credits.Values.Should().AllSatisfy(c => c.Version.Should().Be(2));
    }

    [Fact]
    public void Touches_at_the_lookback_edge_count_and_older_ones_do_not()
    {
        var conversion = T0.AddDays(40);
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t-old", conversion.AddDays(-30).AddTicks(-1), campaign: "old"));
        ledger.AddTouchpoint(Touch("t-edge", conversion.AddDays(-30), campaign: "edge"));
        ledger.AddTouchpoint(Touch("t-same", conversion, campaign: "same"));
        ledger.AddTouchpoint(Touch("t-after", conversion.AddTicks(1), campaign: "after"));
        ledger.AddConversion(Purchase("o1", conversion));

        ledger.Settle().Credits.Select(c => c.Campaign).Should().BeEquivalentTo("edge", "same");
    }

    [Fact]
    public void Touch_after_the_conversion_or_beyond_its_lookback_leaves_it_unchanged()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t1", T0));
        ledger.AddConversion(Purchase("o1", T0.AddDays(1)));
        ledger.Settle();

        ledger.AddTouchpoint(Touch("t2", T0.AddDays(2), campaign: "c2"));
        ledger.AddTouchpoint(Touch("t3", T0.AddDays(-40), campaign: "c3"));

        ledger.Settle().Credits.Should().BeEmpty();
    }

    [Fact]
    public void Simultaneous_touches_are_ordered_by_event_id()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("b", T0, campaign: "cb"));
        ledger.AddTouchpoint(Touch("a", T0, campaign: "ca"));
        ledger.AddConversion(Purchase("o1", T0.AddDays(1)));

        var credits = ledger.Settle().Credits.ToDictionary(c => c.Campaign!);

        credits["ca"].Channels.Single().Weights[First].Should().Be(1, "\"a\" sorts before \"b\"");
        credits["cb"].Channels.Single().Weights[Last].Should().Be(1);
        ledger.Touchpoints.Select(t => t.EventId).Should().Equal("a", "b");
    }

    [Fact]
    public void One_touch_serves_every_conversion_within_its_lookback()
    {
        var ledger = NewLedger();
        ledger.AddConversion(Purchase("o1", T0.AddDays(1), amount: 10));
        ledger.AddConversion(Visit("v1", T0.AddDays(5)));
        ledger.AddTouchpoint(Touch("t1", T0));

        var credits = ledger.Settle().Credits;

        credits.Select(c => c.ConversionId).Should().BeEquivalentTo("o1", "v1");
        credits.Should().AllSatisfy(c => c.Campaign.Should().Be("c1"));
        credits.Single(c => c.ConversionId == "v1").Kind.Should().Be(ConversionKind.StoreVisit);
    }

    [Fact]
    public void Touches_of_one_campaign_and_channel_are_summed_per_channel()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t1", T0, channel: "display"));
        ledger.AddTouchpoint(Touch("t2", T0.AddDays(1), channel: "search"));
        ledger.AddTouchpoint(Touch("t3", T0.AddDays(2), channel: "display"));
        ledger.AddConversion(Purchase("o1", T0.AddDays(3)));

        var credit = ledger.Settle().Credits.Should().ContainSingle().Subject;

        credit.Channels.Select(c => c.Channel).Should().Equal("display", "search");
        credit.Channels[0].Weights[Linear].Should().BeApproximately(2.0 / 3, 1e-15);
        credit.Channels[0].Weights[(int)AttributionModel.PositionBased].Should().BeApproximately(0.8, 1e-15);
        credit.Channels[1].Weights[Linear].Should().BeApproximately(1.0 / 3, 1e-15);
    }

    [Fact]
    public void Snowplow_path_credits_direct_93_3333_linear_and_112_position_based()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t1", T0, campaign: "(none)", channel: "Direct"));
        ledger.AddTouchpoint(Touch("t2", T0.AddDays(1), campaign: "(none)", channel: "Organic_Search"));
        ledger.AddTouchpoint(Touch("t3", T0.AddDays(2), campaign: "(none)", channel: "Direct"));
        ledger.AddConversion(Purchase("o1", T0.AddDays(3), amount: 140));
        var book = new CreditBook();
        ledger.Settle().Credits.ForEach(c => book.Apply(c));

        var linear = book.FiguresByChannel(AttributionModel.Linear, DayRange.All);
        var positionBased = book.FiguresByChannel(AttributionModel.PositionBased, DayRange.All);

        linear["Direct"].Revenue.Should().BeApproximately(93.3333, 1e-4);
        linear["Organic_Search"].Revenue.Should().BeApproximately(46.6667, 1e-4);
        positionBased["Direct"].Revenue.Should().BeApproximately(112, 1e-9);
        positionBased["Organic_Search"].Revenue.Should().BeApproximately(28, 1e-9);
    }

    [Fact]
    public void Touch_cost_is_reported_once_on_the_day_of_the_touch()
    {
        var ledger = NewLedger();
        var at = new DateTime(2025, 3, 1, 23, 59, 59, DateTimeKind.Utc);
        ledger.AddTouchpoint(Touch("t1", at, campaign: "c7", channel: "video", cost: 1.25));
        ledger.AddTouchpoint(Touch("t2", at, cost: 0));

        var costs = ledger.Settle().Costs;
        ledger.AddTouchpoint(Touch("t1", at, campaign: "c7", channel: "video", cost: 1.25));

        costs.Should().Equal(new CostLine("c7", "video", "t1", new DateOnly(2025, 3, 1), 1.25));
        ledger.Settle().Costs.Should().BeEmpty();
    }

    [Fact]
    public void Restored_ledger_continues_the_versions_of_its_conversions()
    {
        var ledger = NewLedger();
        ledger.AddConversion(Purchase("o1", T0.AddDays(1)));
        ledger.Settle();
        ledger.AddTouchpoint(Touch("t1", T0));
        ledger.Settle();

        var restored = PersonLedger.Restore("person-1", AttributionSettings.Default, ledger.Touchpoints, ledger.Conversions);
        restored.Settle().IsEmpty.Should().BeTrue("nothing changed since the last settle");
        restored.AddTouchpoint(Touch("t0", T0.AddHours(-1), campaign: "c0"));

        var credits = restored.Settle().Credits;
        credits.Select(c => c.Campaign).Should().BeEquivalentTo("c0", "c1");
        credits.Should().AllSatisfy(c => c.Version.Should().Be(3));
    }
}
