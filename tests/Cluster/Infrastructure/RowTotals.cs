namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Sums channel figures into one row; persons are counted distinct.</summary>
internal sealed class RowTotals
{
    private readonly HashSet<string> persons = new(StringComparer.Ordinal);
    private double spend, conversions, revenue, storeVisits;

    public void AddSpend(double amount) => spend += amount;

    public void Add(ChannelFigures figures)
    {
        conversions += figures.Conversions;
        revenue += figures.Revenue;
        storeVisits += figures.StoreVisits;
        persons.UnionWith(figures.Persons);
    }

    public FigureRow ToRow(string key, string channel) =>
        new(key, channel, spend, conversions, revenue, storeVisits, persons.Count);
}
