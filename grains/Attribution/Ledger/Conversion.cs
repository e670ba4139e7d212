namespace Okube.Actors.Attribution.Ledger;

public enum ConversionKind
{
    Transaction = 0,
    StoreVisit = 1,
}

/// <summary>A purchase (value = amount) or a store visit (value 0). Times are UTC.</summary>
public sealed record Conversion(
    string EventId,
    DateTime OccurredAt,
    ConversionKind Kind,
    double Value,
    string? Store);
