using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Tests.Unit.Aggregates;

public sealed class CreditBookTests
{
    private static readonly DateOnly Day = new(2025, 3, 10);

    private static CampaignCredit Credit(string conversion, long version, double linear = 1, DateOnly? day = null,
        ConversionKind kind = ConversionKind.Transaction, double value = 100, string person = "p1", string channel = "display") =>
        new("c1", conversion, version, person, day ?? Day, kind, value,
            [new ChannelWeights(channel, [1, 1, linear, linear, linear])]);

    private static CampaignCredit Retraction(string conversion, long version) =>
        new("c1", conversion, version, "p1", Day, ConversionKind.Transaction, 100, []);

    private static Figures Linear(CreditBook book, string channel = "display", DayRange range = default) =>
        book.FiguresByChannel(AttributionModel.Linear, range)[channel];

    [Fact]
    public void Applying_the_same_credit_twice_counts_it_once()
    {
        var book = new CreditBook();
        var credit = Credit("o1", 1, linear: 0.5);

        book.Apply(credit).Should().BeTrue();
        book.Apply(credit).Should().BeFalse();
        book.Apply(credit with { }).Should().BeFalse("an equal copy is a redelivery too");

        Linear(book).Conversions.Should().Be(0.5);
        Linear(book).Revenue.Should().Be(50);
        book.Count.Should().Be(1);
    }

    [Fact]
    public void Older_version_after_a_newer_one_is_ignored()
    {
        var book = new CreditBook();
        book.Apply(Credit("o1", 2, linear: 0.25)).Should().BeTrue();

        book.Apply(Credit("o1", 1, linear: 1)).Should().BeFalse();

        Linear(book).Conversions.Should().Be(0.25);
    }

    [Fact]
    public void Newer_version_replaces_the_entry()
    {
        var book = new CreditBook();
        book.Apply(Credit("o1", 1, linear: 1, channel: "display"));

        book.Apply(Credit("o1", 2, linear: 0.5, channel: "search")).Should().BeTrue();

        var figures = book.FiguresByChannel(AttributionModel.Linear, DayRange.All);
        figures.Keys.Should().Equal("search");
        figures["search"].Conversions.Should().Be(0.5);
    }

    [Fact]
    public void Retraction_removes_the_entry_and_a_stale_credit_does_not_resurrect_it()
    {
        var book = new CreditBook();
        book.Apply(Credit("o1", 1));
        book.Apply(Credit("o2", 1));

        book.Apply(Retraction("o1", 2)).Should().BeTrue();
        book.Count.Should().Be(1);
        book.Apply(Credit("o1", 1)).Should().BeFalse("version 1 is older than the retraction");
        book.Apply(Retraction("o1", 2)).Should().BeFalse();

        book.Entries.Select(e => e.ConversionId).Should().Equal("o2");
        book.Retracted.Should().Contain("o1", 2);
        Linear(book).Conversions.Should().Be(1);
    }

    [Fact]
    public void Credit_newer_than_a_retraction_restores_the_entry()
    {
        var book = new CreditBook();
        book.Apply(Credit("o1", 1));
        book.Apply(Retraction("o1", 2));

        book.Apply(Credit("o1", 3, linear: 0.5)).Should().BeTrue();

        Linear(book).Conversions.Should().Be(0.5);
        book.Retracted.Should().NotContainKey("o1");
    }

    [Fact]
    public void Retraction_arriving_before_the_credit_it_supersedes_wins()
    {
        var book = new CreditBook();
        book.Apply(Retraction("o1", 2)).Should().BeTrue();

        book.Apply(Credit("o1", 1)).Should().BeFalse();

        book.Count.Should().Be(0);
        book.FiguresByChannel(AttributionModel.Linear, DayRange.All).Should().BeEmpty();
    }

    [Fact]
    public void Restored_retraction_marker_blocks_stale_credits()
    {
        var book = new CreditBook();
        book.RestoreRetraction("o1", 5);

        book.Apply(Credit("o1", 4)).Should().BeFalse();
        book.Apply(Credit("o1", 6)).Should().BeTrue();
    }

    [Fact]
    public void Day_range_is_inclusive_on_both_ends()
    {
        var book = new CreditBook();
        book.Apply(Credit("before", 1, day: Day.AddDays(-1)));
        book.Apply(Credit("from", 1, day: Day));
        book.Apply(Credit("middle", 1, day: Day.AddDays(1)));
        book.Apply(Credit("to", 1, day: Day.AddDays(2)));
        book.Apply(Credit("after", 1, day: Day.AddDays(3)));

        Linear(book, range: new DayRange(Day, Day.AddDays(2))).Conversions.Should().Be(3);
        Linear(book, range: new DayRange(Day, Day)).Conversions.Should().Be(1);
        Linear(book, range: new DayRange(Day, null)).Conversions.Should().Be(4);
        Linear(book, range: new DayRange(null, Day)).Conversions.Should().Be(2);
        Linear(book, range: DayRange.All).Conversions.Should().Be(5);
        book.FiguresByChannel(AttributionModel.Linear, new DayRange(Day.AddDays(4), null)).Should().BeEmpty();
    }

    [Fact]
    public void Figures_split_transactions_from_store_visits_and_count_distinct_persons()
    {
        var book = new CreditBook();
        book.Apply(Credit("o1", 1, linear: 0.5, value: 80, person: "p1"));
        book.Apply(Credit("o2", 1, linear: 0.25, value: 40, person: "p1"));
        book.Apply(Credit("v1", 1, linear: 0.75, kind: ConversionKind.StoreVisit, value: 0, person: "p2"));

        var figures = Linear(book);

        figures.Conversions.Should().Be(0.75);
        figures.Revenue.Should().Be(50);
        figures.StoreVisits.Should().Be(0.75);
        figures.Persons.Should().BeEquivalentTo("p1", "p2");
    }

    [Fact]
    public void Zero_weight_under_a_model_credits_nothing_under_that_model()
    {
        var book = new CreditBook();
        book.Apply(new CampaignCredit("c1", "o1", 1, "p1", Day, ConversionKind.Transaction, 100,
            [new ChannelWeights("display", [0, 1, 0.5, 0.5, 0.5]), new ChannelWeights("search", [1, 0, 0.5, 0.5, 0.5])]));

        book.FiguresByChannel(AttributionModel.FirstTouch, DayRange.All).Keys.Should().Equal("search");
        book.FiguresByChannel(AttributionModel.LastTouch, DayRange.All).Keys.Should().Equal("display");
        book.FiguresByChannel(AttributionModel.Linear, DayRange.All).Keys.Should().BeEquivalentTo("display", "search");
    }
}
