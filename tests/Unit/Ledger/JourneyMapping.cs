using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>Maps wire-shaped synthetic events to the ledger's records (campaign absent = "(none)").</summary>
public static class JourneyMapping
{
    public const string NoCampaign = "(none)";

    public static Touchpoint ToTouchpoint(JourneyEvent e) => new(
        e.Id,
        e.OccurredAt.UtcDateTime,
        e.Campaign ?? NoCampaign,
        e.Channel ?? throw new ArgumentException($"Touchpoint {e.Id} has no channel."),
        e.Interaction switch
        {
            "impression" => Interaction.Impression,
            "click" => Interaction.Click,
            "visit" => Interaction.Visit,
            var other => throw new ArgumentException($"Unknown interaction {other}."),
        },
        e.Cost);

    public static Conversion ToConversion(JourneyEvent e) => e.Type switch
    {
        "transaction" => new Conversion(e.Id, e.OccurredAt.UtcDateTime, ConversionKind.Transaction, e.Amount!.Value, e.Store),
        "store_visit" => new Conversion(e.Id, e.OccurredAt.UtcDateTime, ConversionKind.StoreVisit, 0, e.Store),
        var other => throw new ArgumentException($"{other} is not a conversion."),
    };

    /// <summary>Adds the event to the ledger; false when the ledger already held its id.</summary>
    public static bool AddTo(PersonLedger ledger, JourneyEvent e) => e.Type == "touchpoint"
        ? ledger.AddTouchpoint(ToTouchpoint(e))
        : ledger.AddConversion(ToConversion(e));

    /// <summary>The person of an event when persons are subjects.</summary>
    public static string PersonOf(JourneyEvent e) => e.SubjectKind + ":" + e.SubjectId;
}
