using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;
using static Okube.Actors.Tests.Unit.Ledger.LedgerFixtures;

namespace Okube.Actors.Tests.Unit.Aggregates;

/// <summary>A campaign's figures by day and by store, and the conversions it took part in.</summary>
public sealed class BreakdownTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    /// <summary>A credit through two channels: first touch on search, the rest split.</summary>
    private static CampaignCredit Credit(string conversion, DateOnly day, string person, string? store = null,
        ConversionKind kind = ConversionKind.Transaction, double value = 100) =>
        new("c1", conversion, 1, person, day, kind, value,
            [new ChannelWeights("display", [0, 1, 0.25, 0.5, 0.6]), new ChannelWeights("search", [1, 0, 0.25, 0.1, 0.2])],
            store);

    private static CreditBook Book(params CampaignCredit[] credits)
    {
        var book = new CreditBook();
        foreach (var credit in credits)
        {
            book.Apply(credit);
        }
        return book;
    }

    [Fact]
    public void Days_sum_the_weights_of_all_channels_of_a_conversion_and_count_each_person_once()
    {
        var book = Book(
            Credit("o1", Day, "p1", value: 80),
            Credit("o2", Day, "p1", value: 40),
            Credit("v1", Day.AddDays(1), "p2", store: "paris-01", kind: ConversionKind.StoreVisit, value: 0));

        var days = Breakdowns.ByDay(book, null, AttributionModel.Linear, DayRange.All);

        days.Keys.Should().Equal(Day, Day.AddDays(1));
        var first = days[Day].Credit;
        first.Conversions.Should().Be(1.0, "two conversions at 0.25 + 0.25 each");
        first.Revenue.Should().Be(60);
        first.Persons.Should().Equal("p1");
        days[Day].Spend.Should().Be(0);
        days[Day.AddDays(1)].Credit.StoreVisits.Should().Be(0.5);
        days[Day.AddDays(1)].Credit.Persons.Should().Equal("p2");
    }

    [Fact]
    public void A_model_giving_the_campaign_no_weight_leaves_the_day_out()
    {
        var book = Book(new CampaignCredit("c1", "o1", 1, "p1", Day, ConversionKind.Transaction, 100,
            [new ChannelWeights("display", [0, 1, 0.5, 0.5, 0.5])]));

        Breakdowns.ByDay(book, null, AttributionModel.FirstTouch, DayRange.All).Should().BeEmpty();
        Breakdowns.ByDay(book, null, AttributionModel.LastTouch, DayRange.All)[Day].Credit.Conversions.Should().Be(1);
    }

    [Fact]
    public void Spend_of_each_day_joins_the_credit_and_days_with_spend_only_have_a_row()
    {
        var spend = new SpendLedger();
        spend.AddCost(new CostLine("c1", "display", "t1", Day, 3));
        spend.AddCost(new CostLine("c1", "display", "t2", Day, 2));
        spend.AddCost(new CostLine("c1", "display", "t3", Day.AddDays(2), 7));
        spend.Declare(Day.AddDays(2), 4);
        spend.Declare(Day.AddDays(9), 1);
        var book = Book(Credit("o1", Day, "p1"));

        var days = Breakdowns.ByDay(book, spend, AttributionModel.Linear, new DayRange(null, Day.AddDays(5)));

        days.Keys.Should().Equal(Day, Day.AddDays(2));
        days[Day].Spend.Should().Be(5);
        days[Day].Credit.Conversions.Should().Be(0.5);
        days[Day.AddDays(2)].Spend.Should().Be(4, "a declared day replaces its touch costs");
        days[Day.AddDays(2)].Credit.Persons.Should().BeEmpty();
        spend.Total(DayRange.All).Should().Be(10);
    }

    [Fact]
    public void Stores_key_online_transactions_apart_from_store_sales_and_visits()
    {
        var book = Book(
            Credit("o1", Day, "p1", value: 100),
            Credit("o2", Day, "p2", store: "lyon-02", value: 60),
            Credit("v1", Day, "p3", store: "lyon-02", kind: ConversionKind.StoreVisit, value: 0),
            Credit("v2", Day.AddDays(3), "p3", store: "paris-01", kind: ConversionKind.StoreVisit, value: 0));

        var stores = Breakdowns.ByStore(book, AttributionModel.TimeDecay, new DayRange(Day, Day));

        stores.Keys.Should().Equal(Breakdowns.Online, "lyon-02");
        stores[Breakdowns.Online].Revenue.Should().BeApproximately(80, 1e-9);
        stores[Breakdowns.Online].Persons.Should().Equal("p1");
        stores["lyon-02"].Conversions.Should().BeApproximately(0.8, 1e-9);
        stores["lyon-02"].StoreVisits.Should().BeApproximately(0.8, 1e-9);
        stores["lyon-02"].Persons.Should().BeEquivalentTo("p2", "p3");
    }

    [Fact]
    public void A_retraction_takes_the_conversion_out_of_its_store()
    {
        var book = Book(Credit("o1", Day, "p1", store: "lyon-02"), Credit("o2", Day, "p2", store: "lyon-02"));

        book.Apply(new CampaignCredit("c1", "o1", 2, "p1", Day, ConversionKind.Transaction, 100, [], "lyon-02"));

        Breakdowns.ByStore(book, AttributionModel.Linear, DayRange.All)["lyon-02"].Persons.Should().Equal("p2");
    }

    [Fact]
    public void In_path_counts_each_conversion_whole_whatever_the_weights()
    {
        var book = Book(
            Credit("o1", Day, "p1", value: 80),
            Credit("o2", Day, "p2", value: 20),
            Credit("v1", Day, "p2", kind: ConversionKind.StoreVisit, value: 0),
            Credit("o3", Day.AddDays(1), "p3", value: 1000));

        var inPath = book.InPath(new DayRange(Day, Day));

        inPath.Conversions.Should().Be(2);
        inPath.Revenue.Should().Be(100);
        inPath.StoreVisits.Should().Be(1);
        inPath.Persons.Should().BeEquivalentTo("p1", "p2");
    }

    [Fact]
    public void The_ledger_sends_the_conversions_store_with_its_credit()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t1", T0));
        ledger.AddConversion(Visit("v1", T0.AddHours(1)));
        ledger.AddConversion(Purchase("o1", T0.AddHours(2)));

        var credits = ledger.Settle().Credits;

        credits.Single(c => c.ConversionId == "v1").Store.Should().Be("paris-01");
        credits.Single(c => c.ConversionId == "o1").Store.Should().BeNull();
        ledger.RetractAll().Credits.Single(c => c.ConversionId == "v1").Store.Should().Be("paris-01");
    }
}
