using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>Small builders for hand-written ledger cases.</summary>
public static class LedgerFixtures
{
    public static readonly DateTime T0 = ModelExtensions.Epoch;

    public static PersonLedger NewLedger(string person = "person-1") => new(person, AttributionSettings.Default);

    public static Touchpoint Touch(string id, DateTime at, string campaign = "c1", string channel = "display", double? cost = null) =>
        new(id, at, campaign, channel, Interaction.Click, cost);

    public static Conversion Purchase(string id, DateTime at, double amount = 100) =>
        new(id, at, ConversionKind.Transaction, amount, null);

    public static Conversion Visit(string id, DateTime at) =>
        new(id, at, ConversionKind.StoreVisit, 0, "paris-01");
}
