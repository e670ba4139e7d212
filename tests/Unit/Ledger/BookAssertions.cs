using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>Compares aggregated books with the reference, or with each other, at 1e-9 relative.</summary>
public static class BookAssertions
{
    public const double Tolerance = 1e-9;

    public static void ShouldMatchReference(this CreditBooks books, ConvergenceScenario scenario)
    {
        for (var r = 0; r < ConvergenceScenario.Ranges.Length; r++)
        {
            var range = ConvergenceScenario.Ranges[r];
            foreach (var model in ConvergenceScenario.Models)
            {
                var at = $"{AttributionModels.NameOf(model)} over {range}";
                var campaignChannel = scenario.CampaignChannel[(model, r)];
                ShouldMatch(books.ByCampaignChannel(model, range), campaignChannel.Rows, at + " by campaign|channel");
                ShouldMatch(books.ByChannel(model, range), scenario.Channels[(model, r)].Rows, at + " by channel");

                var unattributed = books.UnattributedFigures(model, range);
                Close(unattributed.Conversions, campaignChannel.UnattributedConversions, at + ": unattributed conversions");
                Close(unattributed.Revenue, campaignChannel.UnattributedRevenue, at + ": unattributed revenue");
                Close(unattributed.StoreVisits, campaignChannel.UnattributedStoreVisits, at + ": unattributed store visits");
            }

            var spendRows = scenario.Spend[r].Rows;
            foreach (var row in spendRows)
            {
                var actual = books.Spend.TryGetValue(row.Key, out var ledger) ? ledger.Total(range) : 0;
                Close(actual, row.Spend, $"spend of {row.Key} over {range}");
            }
            books.Spend.Where(s => s.Value.Total(range) > 0).Select(s => s.Key)
                .Should().BeSubsetOf(spendRows.Select(row => row.Key), $"campaigns with spend over {range}");
        }
    }

    public static void ShouldMatchFiguresOf(this CreditBooks books, CreditBooks other)
    {
        Sorted(books.Campaigns.Keys).Should().Equal(Sorted(other.Campaigns.Keys), "the campaigns credited");
        foreach (var (campaign, book) in books.Campaigns)
        {
            Sorted(book.Entries.Select(e => e.ConversionId)).Should().Equal(
                Sorted(other.Campaigns[campaign].Entries.Select(e => e.ConversionId)), $"conversions credited to {campaign}");
        }
        Sorted(books.Unattributed.Entries.Select(e => e.ConversionId))
            .Should().Equal(Sorted(other.Unattributed.Entries.Select(e => e.ConversionId)), "unattributed conversions");
        foreach (var range in ConvergenceScenario.Ranges)
        {
            foreach (var model in ConvergenceScenario.Models)
            {
                var at = $"{AttributionModels.NameOf(model)} over {range}";
                var mine = books.ByCampaignChannel(model, range);
                var theirs = other.ByCampaignChannel(model, range);
                Sorted(mine.Keys).Should().Equal(Sorted(theirs.Keys), at);
                foreach (var (key, figures) in mine)
                {
                    var expected = theirs[key];
                    Close(figures.Conversions, expected.Conversions, $"{at}, {key}: conversions");
                    Close(figures.Revenue, expected.Revenue, $"{at}, {key}: revenue");
                    Close(figures.StoreVisits, expected.StoreVisits, $"{at}, {key}: store visits");
                    Sorted(figures.Persons).Should().Equal(Sorted(expected.Persons), $"{at}, {key}: persons");
                }
            }
        }
    }

    private static List<string> Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToList();

    private static void ShouldMatch(Dictionary<string, Figures> actual, IReadOnlyList<ExpectedRow> expected, string at)
    {
        actual.Keys.Order(StringComparer.Ordinal).Should().Equal(expected.Select(r => r.Key), $"{at}: the rows");
        foreach (var row in expected)
        {
            var figures = actual[row.Key];
            Close(figures.Conversions, row.Conversions, $"{at}, {row.Key}: conversions");
            Close(figures.Revenue, row.Revenue, $"{at}, {row.Key}: revenue");
            Close(figures.StoreVisits, row.StoreVisits, $"{at}, {row.Key}: store visits");
            figures.Persons.Count.Should().Be(row.Persons, $"{at}, {row.Key}: persons");
        }
    }

    public static void Close(double actual, double expected, string because) =>
        Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(
            Tolerance * Math.Max(1, Math.Abs(expected)), $"{because} is {actual}, expected {expected}");
}
