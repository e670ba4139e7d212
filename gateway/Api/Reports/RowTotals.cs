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

    public void Add(ChannelFigures figures)
    {
        Conversions += figures.Conversions;
        Revenue += figures.Revenue;
        StoreVisits += figures.StoreVisits;
        Persons.UnionWith(figures.Persons);
    }

    public void Add(RowTotals other)
    {
        Spend += other.Spend;
        Conversions += other.Conversions;
        Revenue += other.Revenue;
        StoreVisits += other.StoreVisits;
        Persons.UnionWith(other.Persons);
    }

    public SuppressedFigures ToSuppressed() => new(Spend, Conversions, Revenue, StoreVisits, Roas, Persons.Count);
}
