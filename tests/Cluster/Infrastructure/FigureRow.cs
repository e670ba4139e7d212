namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>One report row as assembled here from the grains' figures.</summary>
public sealed record FigureRow(string Key, string Channel, double Spend, double Conversions, double Revenue,
    double StoreVisits, int Persons)
{
    public bool IsEmpty => Spend == 0 && Conversions == 0 && Revenue == 0 && StoreVisits == 0 && Persons == 0;
}
