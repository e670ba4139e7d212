namespace Okube.Actors.Credit;

/// <summary>One row's figures as a campaign grain reports them, before tenant-level assembly.</summary>
[GenerateSerializer, Immutable]
public sealed record ChannelFigures(
    [property: Id(0)] string Channel,
    [property: Id(1)] double Conversions,
    [property: Id(2)] double Revenue,
    [property: Id(3)] double StoreVisits,
    [property: Id(4)] string[] Persons);

/// <summary>A campaign's figures for one model and day range.</summary>
[GenerateSerializer, Immutable]
public sealed record CampaignFigures(
    [property: Id(0)] string Campaign,
    [property: Id(1)] string? Name,
    /// <summary>The channel its rows are shown under: the declared one, else the most credited touch channel.</summary>
    [property: Id(2)] string Channel,
    [property: Id(3)] double Spend,
    [property: Id(4)] ChannelFigures[] ByChannel);
