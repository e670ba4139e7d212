using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>
/// Wire-shaped events on cookie subjects, fit for the reference and (through
/// <see cref="JourneyMapping"/>) for ledgers. A subject's own person key is "cookie/{subject}",
/// as the grains name a person.
/// </summary>
public static class MergeFixtures
{
    public static DateTime T0 => LedgerFixtures.T0;

    public static AttributionSettings Settings => AttributionSettings.Default;

    public static string PersonKeyOf(string subject) => "cookie/" + subject;

    public static string ReferenceSubjectOf(string subject) => "cookie:" + subject;

    public static PersonLedger NewLedger(string subject) => new(PersonKeyOf(subject), Settings);

    public static JourneyEvent Touch(string id, string subject, DateTime at, string? campaign = "c1", string channel = "display",
        double? cost = null) => new()
    {
        Id = id, Type = "touchpoint", OccurredAt = new DateTimeOffset(at), SubjectKind = "cookie", SubjectId = subject,
        Channel = channel, Interaction = "click", Campaign = campaign, Cost = cost,
    };

    public static JourneyEvent Purchase(string id, string subject, DateTime at, double amount = 100) => new()
    {
        Id = id, Type = "transaction", OccurredAt = new DateTimeOffset(at), SubjectKind = "cookie", SubjectId = subject,
        OrderId = "order-" + id, Amount = amount, Currency = "EUR",
    };

    public static JourneyEvent Visit(string id, string subject, DateTime at) => new()
    {
        Id = id, Type = "store_visit", OccurredAt = new DateTimeOffset(at), SubjectKind = "cookie", SubjectId = subject,
        Store = "paris-01",
    };

    /// <summary>Adds events to a ledger (each must be new) and settles it.</summary>
    public static LedgerChanges AddAndSettle(PersonLedger ledger, params JourneyEvent[] events)
    {
        foreach (var e in events)
        {
            JourneyMapping.AddTo(ledger, e).Should().BeTrue($"{e.Id} is new to {ledger.PersonKey}");
        }
        return ledger.Settle();
    }

    /// <summary>
    /// The ledger as a merge transfers it: rebuilt from its events and credit versions, as the
    /// absorbing identity grain does with the retiring person's state.
    /// </summary>
    public static PersonLedger Transferred(PersonLedger ledger) =>
        PersonLedger.Restore(ledger.PersonKey, Settings, ledger.Touchpoints.ToList(), ledger.Conversions.ToList());
}
