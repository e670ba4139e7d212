namespace Okube.Actors.Attribution.Ledger;

/// <summary>What settling a ledger produced: credit changes and touch costs to deliver.</summary>
public sealed class LedgerChanges
{
    public List<CampaignCredit> Credits { get; } = [];
    public List<CostLine> Costs { get; } = [];
    public bool IsEmpty => Credits.Count == 0 && Costs.Count == 0;
}
