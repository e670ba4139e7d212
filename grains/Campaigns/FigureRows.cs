using System.Globalization;
using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Credit;

namespace Okube.Actors.Grains.Campaigns;

/// <summary>The pure core's figures as the rows campaign grains answer with.</summary>
internal static class FigureRows
{
    public static RowFigures Of(string key, double spend, Figures figures) =>
        new(key, spend, figures.Conversions, figures.Revenue, figures.StoreVisits, [.. figures.Persons]);

    public static RowFigures[] Breakdown(CreditBook book, SpendLedger? spend, AttributionModel model, Breakdown by, DayRange range) =>
        by switch
        {
            Credit.Breakdown.Day => Breakdowns.ByDay(book, spend, model, range)
                .Select(d => Of(d.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Value.Spend, d.Value.Credit))
                .ToArray(),
            Credit.Breakdown.Store => Breakdowns.ByStore(book, model, range).Select(s => Of(s.Key, 0, s.Value)).ToArray(),
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, "Unknown breakdown."),
        };

    /// <summary>The campaign's total under each model, keyed by the model's wire name, in model order.</summary>
    public static RowFigures[] ByModel(CreditBook book, DayRange range) =>
        Enum.GetValues<AttributionModel>().Select(m => Of(AttributionModels.NameOf(m), 0, book.Total(m, range))).ToArray();

    public static AttributionModel ParseModel(string model) =>
        AttributionModels.TryParse(model, out var kind)
            ? kind
            : throw new ArgumentException($"Unknown attribution model '{model}'.", nameof(model));
}
