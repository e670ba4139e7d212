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
        foreach (var credit in entries.Values)
        {
            if (!range.Contains(credit.Day))
            {
                continue;
            }
            foreach (var share in credit.Channels)
            {
                var w = share.Weights[m];
                if (w <= 0)
                {
                    continue;
                }
                if (!result.TryGetValue(share.Channel, out var figures))
                {
                    result[share.Channel] = figures = new Figures();
                }
                if (credit.Kind == ConversionKind.Transaction)
                {
                    figures.Conversions += w;
                    figures.Revenue += w * credit.Value;
                }
                else
                {
                    figures.StoreVisits += w;
                }
                figures.Persons.Add(credit.PersonKey);
            }
        }
        return result;
    }
}
