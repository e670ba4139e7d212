using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Credit;
using Okube.Actors.Events;
using Okube.Actors.Identities;

namespace Okube.Actors.Grains.Identities;

/// <summary>Between the pure ledger's types and the serializable events, state and credit messages.</summary>
internal static class LedgerMapping
{
    /// <summary>Touchpoints without a campaign credit the campaign "(none)" (contract section 3).</summary>
    public const string NoCampaign = "(none)";

    public static Touchpoint ToTouchpoint(SubjectEvent e) => new(
        e.Id, e.OccurredAt, e.Campaign ?? NoCampaign, e.Channel ?? "", (Interaction)e.Interaction, e.Cost);

    public static Conversion ToConversion(SubjectEvent e) => e.Kind == EventKind.Transaction
        ? new Conversion(e.Id, e.OccurredAt, ConversionKind.Transaction, e.Amount, e.Store)
        : new Conversion(e.Id, e.OccurredAt, ConversionKind.StoreVisit, 0, e.Store);

    public static Touchpoint ToTouchpoint(StoredTouchpoint t) =>
        new(t.EventId, t.OccurredAt, t.Campaign, t.Channel, (Interaction)t.Interaction, t.Cost);

    public static StoredTouchpoint ToStored(Touchpoint t) =>
        new(t.EventId, t.OccurredAt, t.Campaign, t.Channel, (InteractionKind)t.Interaction, t.Cost);

    public static HeldConversion ToConversion(StoredConversion c) =>
        new(new Conversion(c.EventId, c.OccurredAt, (ConversionKind)c.Type, c.Value, c.Store), c.Version, c.Undelivered ?? []);

    public static StoredConversion ToStored(HeldConversion held)
    {
        var c = held.Conversion;
        return new(c.EventId, c.OccurredAt, (ConversionType)c.Kind, c.Value, c.Store, held.Version,
            held.Undelivered.Count == 0 ? null : [.. held.Undelivered]);
    }

    public static CreditUpdate ToUpdate(CampaignCredit c) => new(
        c.ConversionId, c.Version, c.PersonKey, c.Day, (ConversionType)c.Kind, c.Value,
        c.Channels.Select(s => new ChannelShare(s.Channel, s.Weights)).ToArray(), c.Store);

    public static CampaignCredit ToCredit(CreditUpdate u, string? campaign) => new(
        campaign, u.ConversionId, u.Version, u.PersonKey, u.Day, (ConversionKind)u.Type, u.Value,
        u.Shares.Select(s => new ChannelWeights(s.Channel, s.Weights)).ToArray(), u.Store);

    public static TouchCost ToTouchCost(CostLine line) => new(line.TouchpointId, line.Day, line.Cost, line.Channel, line.Retracted);
}
