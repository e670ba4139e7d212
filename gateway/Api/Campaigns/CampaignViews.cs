using Okube.Actors.Credit;
using Okube.Actors.Gateway.Reports;

namespace Okube.Actors.Gateway.Campaigns;

/// <summary>The campaign list and detail, with the reports' MinPersons rule applied to each figure set.</summary>
public static class CampaignViews
{
    public static CampaignList List(string currency, int minPersons, IEnumerable<CampaignFigures> linear) =>
        new("linear", currency, linear.OrderBy(c => c.Campaign, StringComparer.Ordinal).Select(c =>
        {
            var t = ReportAssembler.TotalsOf(c);
            return ReportAssembler.IsShown(t, minPersons)
                ? new CampaignSummary(c.Campaign, c.Name, c.Channel, c.Spend, false,
                    t.Conversions, t.Revenue, t.StoreVisits, t.Roas, t.Persons.Count)
                : new CampaignSummary(c.Campaign, c.Name, c.Channel, c.Spend, true, null, null, null, null, null);
        }).ToList());

    public static CampaignDetail Detail(string currency, int minPersons, CampaignComparison campaign)
    {
        var inPath = Totals(campaign.InPath, 0);
        var models = campaign.Models.Select(m => Model(Totals(m, campaign.Spend), inPath, minPersons)).ToArray();
        var path = ReportAssembler.IsShown(inPath, minPersons)
            ? new InPathFigures(false, inPath.Conversions, inPath.Revenue, inPath.StoreVisits, inPath.Persons.Count)
            : new InPathFigures(true, null, null, null, null);
        return new CampaignDetail(campaign.Campaign, campaign.Name, campaign.Channel, currency, campaign.Spend, path,
            new ModelSet(models[0], models[1], models[2], models[3], models[4]));
    }

    private static ModelFigures Model(RowTotals t, RowTotals inPath, int minPersons) =>
        ReportAssembler.IsShown(t, minPersons)
            ? new ModelFigures(false, t.Conversions, t.Revenue, t.StoreVisits, t.Roas, t.Persons.Count,
                Share(t.Conversions, inPath.Conversions), Share(t.StoreVisits, inPath.StoreVisits))
            : new ModelFigures(true, null, null, null, null, null, null, null);

    private static double? Share(double part, double whole) => whole == 0 ? null : part / whole;

    private static RowTotals Totals(RowFigures row, double spend)
    {
        var totals = new RowTotals();
        totals.Add(row with { Spend = spend });
        return totals;
    }
}
