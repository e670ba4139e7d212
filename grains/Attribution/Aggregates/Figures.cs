using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Attribution.Aggregates;

/// <summary>Credited outcomes of one row (a campaign's channel, a channel, the unattributed bucket).</summary>
public sealed class Figures
{
    public double Conversions { get; set; }
    public double Revenue { get; set; }
    public double StoreVisits { get; set; }

    /// <summary>Distinct persons credited with a positive weight.</summary>
    public HashSet<string> Persons { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds one conversion's credit at weight <paramref name="weight"/> (positive), and its person.</summary>
    public void Credit(CampaignCredit credit, double weight)
    {
        if (credit.Kind == ConversionKind.Transaction)
        {
            Conversions += weight;
            Revenue += weight * credit.Value;
        }
        else
        {
            StoreVisits += weight;
        }
        Persons.Add(credit.PersonKey);
    }

    public void Add(Figures other)
    {
        Conversions += other.Conversions;
        Revenue += other.Revenue;
        StoreVisits += other.StoreVisits;
        Persons.UnionWith(other.Persons);
    }
}
