namespace Okube.Actors.Credit;

/// <summary>Everything a flush delivers to one campaign (or the unattributed bucket) at once.</summary>
[GenerateSerializer, Immutable]
public sealed record CreditBatch(
    [property: Id(0)] CreditUpdate[] Credits,
    [property: Id(1)] TouchCost[] Costs);
