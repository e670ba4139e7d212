namespace Okube.Actors.Credit;

/// <summary>
/// One row of a breakdown as a campaign grain gives it (a day, a store, a model): spend,
/// credited figures and the persons credited, before tenant-level assembly.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RowFigures(
    [property: Id(0)] string Key,
    [property: Id(1)] double Spend,
    [property: Id(2)] double Conversions,
    [property: Id(3)] double Revenue,
    [property: Id(4)] double StoreVisits,
    [property: Id(5)] string[] Persons);

/// <summary>What a breakdown's rows are keyed by.</summary>
public enum Breakdown
{
    /// <summary>The conversion's UTC day, "yyyy-MM-dd"; rows carry that day's spend.</summary>
    Day = 0,

    /// <summary>The conversion's store; "" for transactions without one (online). No spend.</summary>
    Store = 1,
}

/// <summary>
/// A campaign under every model at once: <see cref="Models"/> keyed by model wire name, in
/// model order, and <see cref="InPath"/>, the conversions whose path holds the campaign,
/// counted whole.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CampaignComparison(
    [property: Id(0)] string Campaign,
    [property: Id(1)] string? Name,
    [property: Id(2)] string Channel,
    [property: Id(3)] double Spend,
    [property: Id(4)] RowFigures[] Models,
    [property: Id(5)] RowFigures InPath);
