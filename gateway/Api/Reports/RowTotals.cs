using Okube.Actors.Credit;

namespace Okube.Actors.Gateway.Reports;

/// <summary>Running totals of one report row (or of the suppressed bucket).</summary>
internal sealed class RowTotals
{
    public double Spend { get; set; }
    public double Conversions { get; private set; }
    public double Revenue { get; private set; }
    public double StoreVisits { get; private set; }
    public HashSet<string> Persons { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Spend == 0 && Conversions == 0 && StoreVisits == 0 && Persons.Count == 0;

    public double? Roas => Spend == 0 ? null : Revenue / Spend;

    public void Add(ChannelFigures figures) =>
        AddCredit(figures.Conversions, figures.Revenue, figures.StoreVisits, figures.Persons);

    /// <summary>Adds a breakdown row of one campaign: its spend and its credit.</summary>
    public void Add(RowFigures row)
    {
        Spend += row.Spend;
        AddCredit(row.Conversions, row.Revenue, row.StoreVisits, row.Persons);
    }

    public void Add(RowTotals other)
    {
        Spend += other.Spend;
        AddCredit(other.Conversions, other.Revenue, other.StoreVisits, other.Persons);
    }

    private void AddCredit(double conversions, double revenue, double storeVisits, IEnumerable<string> persons)
    {
        Conversions += conversions;
        Revenue += revenue;
        StoreVisits += storeVisits;
        Persons.UnionWith(persons);
    }

    public SuppressedFigures ToSuppressed() => new(Spend, Conversions, Revenue, StoreVisits, Roas, Persons.Count);
}
