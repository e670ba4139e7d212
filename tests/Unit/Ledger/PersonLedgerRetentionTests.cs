using Okube.Actors.Attribution.Ledger;
using static Okube.Actors.Tests.Unit.Ledger.LedgerFixtures;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>Retention in the pure core: expired touchpoints leave, their conversions are re-credited, their costs withdrawn.</summary>
public sealed class PersonLedgerRetentionTests
{
    [Fact]
    public void Expiring_a_touch_recredits_its_conversion_over_the_touches_left_and_withdraws_its_cost()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t-old", T0, campaign: "c-old", cost: 1.5));
        ledger.AddTouchpoint(Touch("t-new", T0.AddDays(2), campaign: "c-new"));
        ledger.AddConversion(Purchase("o1", T0.AddDays(3)));
        ledger.Settle();

        ledger.ExpireTouchpoints(T0.AddDays(1)).Should().Equal("t-old");
        var changes = ledger.Settle();

        changes.Credits.Where(c => !c.IsRetraction).Should().ContainSingle().Which.Campaign.Should().Be("c-new");
        changes.Credits.Should().ContainSingle(c => c.IsRetraction).Which.Campaign.Should().Be("c-old");
        changes.Costs.Should().ContainSingle().Which.Should().Be(
            new CostLine("c-old", "display", "t-old", DateOnly.FromDateTime(T0), 1.5, Retracted: true));
        ledger.OldestTouch.Should().Be(T0.AddDays(2));
        ledger.NewestEvent.Should().Be(T0.AddDays(3));
        ledger.Contains("t-old").Should().BeFalse();
    }

    [Fact]
    public void Expiring_nothing_old_enough_changes_nothing()
    {
        var ledger = NewLedger();
        ledger.AddTouchpoint(Touch("t1", T0.AddDays(2)));
        ledger.Settle();

        ledger.ExpireTouchpoints(T0).Should().BeEmpty();
        ledger.Settle().IsEmpty.Should().BeTrue();
    }
}
