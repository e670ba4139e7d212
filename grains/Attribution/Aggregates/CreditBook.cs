using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Attribution.Aggregates;

/// <summary>
/// The credit one campaign (or the unattributed bucket) holds, one entry per conversion.
/// A credit replaces an entry of lower version and is ignored otherwise, so redelivered
/// or reordered messages never count twice. Figures are summed on demand from the entries,
/// so they carry no rounding drift from retractions.
/// </summary>
public sealed class CreditBook
{
    private readonly Dictionary<string, CampaignCredit> entries = new(StringComparer.Ordinal);
    // Version of retracted conversions, so that a late older credit cannot resurrect them.
    private readonly Dictionary<string, long> retracted = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public IEnumerable<CampaignCredit> Entries => entries.Values;

    public IReadOnlyDictionary<string, long> Retracted => retracted;

    /// <summary>Applies one credit; true when it changed the book.</summary>
    public bool Apply(CampaignCredit credit)
    {
        var known = entries.TryGetValue(credit.ConversionId, out var current)
            ? current.Version
            : retracted.GetValueOrDefault(credit.ConversionId, long.MinValue);
        if (credit.Version <= known)
        {
            return false;
        }
        if (credit.IsRetraction)
        {
            entries.Remove(credit.ConversionId);
            retracted[credit.ConversionId] = credit.Version;
        }
        else
        {
            retracted.Remove(credit.ConversionId);
            entries[credit.ConversionId] = credit;
        }
        return true;
    }

    /// <summary>
    /// Removes every entry credited under one of <paramref name="personKeys"/> (an erased
    /// person under each key it ever had), leaving retraction markers so that nothing older can
    /// bring them back. Returns how many entries went.
    /// </summary>
    public int RemovePersons(IReadOnlySet<string> personKeys)
    {
        var gone = entries.Values.Where(e => personKeys.Contains(e.PersonKey)).ToList();
        foreach (var entry in gone)
        {
            entries.Remove(entry.ConversionId);
            retracted[entry.ConversionId] = entry.Version;
        }
        return gone.Count;
    }

    /// <summary>Restores a retraction marker from persisted state.</summary>
    public void RestoreRetraction(string conversionId, long version) => retracted[conversionId] = version;

    /// <summary>Figures per channel for one model, over conversions whose day is in range.</summary>
    public Dictionary<string, Figures> FiguresByChannel(AttributionModel model, DayRange range)
    {
        var result = new Dictionary<string, Figures>(StringComparer.Ordinal);
        var m = (int)model;
        foreach (var credit in InRange(range))
        {
            foreach (var share in credit.Channels)
            {
                var w = share.Weights[m];
                if (w > 0)
                {
                    Row(result, share.Channel).Credit(credit, w);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Figures for one model by a key of the conversion (its day, its store): a conversion
    /// gives the sum of its channels' weights, and its person when that sum is positive.
    /// </summary>
    public Dictionary<TKey, Figures> FiguresBy<TKey>(AttributionModel model, DayRange range, Func<CampaignCredit, TKey> keyOf)
        where TKey : notnull
    {
        var result = new Dictionary<TKey, Figures>();
        var m = (int)model;
        foreach (var credit in InRange(range))
        {
            var w = 0.0;
            foreach (var share in credit.Channels)
            {
                w += Math.Max(share.Weights[m], 0);
            }
            if (w > 0)
            {
                Row(result, keyOf(credit)).Credit(credit, w);
            }
        }
        return result;
    }

    /// <summary>The campaign's total for one model over the range.</summary>
    public Figures Total(AttributionModel model, DayRange range) =>
        FiguresBy(model, range, _ => 0).GetValueOrDefault(0) ?? new Figures();

    /// <summary>
    /// The conversions in range whose path holds this campaign, each counted whole (weight 1):
    /// every entry is one, since a touch in a path always has a positive linear weight.
    /// </summary>
    public Figures InPath(DayRange range)
    {
        var figures = new Figures();
        foreach (var credit in InRange(range))
        {
            figures.Credit(credit, 1);
        }
        return figures;
    }

    private IEnumerable<CampaignCredit> InRange(DayRange range) => entries.Values.Where(c => range.Contains(c.Day));

    private static Figures Row<TKey>(Dictionary<TKey, Figures> rows, TKey key) where TKey : notnull
    {
        if (!rows.TryGetValue(key, out var figures))
        {
            rows[key] = figures = new Figures();
        }
        return figures;
    }
}
