using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>Feeding <see cref="CreditBooks"/> with ledger changes, and comparing them with a reference whose persons come from links.</summary>
public static class MergeBookAssertions
{
    public static void Apply(this CreditBooks books, LedgerChanges changes)
    {
        books.Apply(changes.Credits);
        foreach (var cost in changes.Costs)
        {
            books.Apply(cost);
        }
    }

    public static void Apply(this CreditBooks books, IEnumerable<CampaignCredit> credits)
    {
        foreach (var credit in credits)
        {
            books.Apply(credit);
        }
    }

    /// <summary>Every entry of every book, the unattributed one included.</summary>
    public static IEnumerable<CampaignCredit> Entries(this CreditBooks books) =>
        books.Campaigns.Values.SelectMany(b => b.Entries).Concat(books.Unattributed.Entries);

    /// <summary>
    /// Campaign rows, channel rows and the unattributed bucket of every model, distinct
    /// persons included, equal the reference's (which must hold no costs: spend is not compared).
    /// </summary>
    public static void ShouldMatch(this CreditBooks books, ReferenceAttribution reference)
    {
        foreach (var model in Enum.GetValues<AttributionModel>())
        {
            var name = AttributionModels.NameOf(model);
            var byCampaign = books.Campaigns.ToDictionary(c => c.Key, c => Total(c.Value.FiguresByChannel(model, DayRange.All).Values));
            var campaigns = reference.Campaigns(name);
            ShouldMatch(byCampaign, campaigns.Rows, $"{name} by campaign");
            ShouldMatch(books.ByChannel(model, DayRange.All), reference.Channels(name).Rows, $"{name} by channel");
            var unattributed = books.UnattributedFigures(model, DayRange.All);
            BookAssertions.Close(unattributed.Conversions, campaigns.UnattributedConversions, $"{name}: unattributed conversions");
            BookAssertions.Close(unattributed.Revenue, campaigns.UnattributedRevenue, $"{name}: unattributed revenue");
            BookAssertions.Close(unattributed.StoreVisits, campaigns.UnattributedStoreVisits, $"{name}: unattributed store visits");
        }
    }

    private static Figures Total(IEnumerable<Figures> parts)
    {
        var total = new Figures();
        foreach (var figures in parts)
        {
            total.Add(figures);
        }
        return total;
    }

    private static void ShouldMatch(Dictionary<string, Figures> actual, IReadOnlyList<ExpectedRow> expected, string at)
    {
        // A book whose every share weighs 0 under this model shows no row, as in the reference.
        var shown = actual.Where(a => a.Value.Persons.Count > 0).ToDictionary(a => a.Key, a => a.Value);
        shown.Keys.Order(StringComparer.Ordinal).Should().Equal(expected.Select(r => r.Key), $"{at}: the rows");
        foreach (var row in expected)
        {
            var figures = shown[row.Key];
            BookAssertions.Close(figures.Conversions, row.Conversions, $"{at}, {row.Key}: conversions");
            BookAssertions.Close(figures.Revenue, row.Revenue, $"{at}, {row.Key}: revenue");
            BookAssertions.Close(figures.StoreVisits, row.StoreVisits, $"{at}, {row.Key}: store visits");
            figures.Persons.Count.Should().Be(row.Persons, $"{at}, {row.Key}: distinct persons");
        }
    }
}
