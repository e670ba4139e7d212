using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;
using Okube.Actors.Tests.Unit.Ledger.Merges;
using static Okube.Actors.Tests.Unit.Ledger.LedgerFixtures;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>
/// A delivery of credit that failed (a silo died under a campaign grain): whatever part of it
/// reached the aggregates, the next settle of the ledger, of the ledger restored from state
/// stored after the failure, or of the person that absorbs it, must leave the aggregates as a
/// delivery that never failed would have.
/// </summary>
public sealed class PersonLedgerUndeliveredTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_late_touch_whose_delivery_failed_still_retracts_the_unattributed_credit(bool retractionArrived, bool creditArrived)
    {
        var (ledger, books) = ConversionCreditedAsUnattributed();
        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        var failed = ledger.Settle();
        failed.Credits.Select(c => c.Campaign).Should().BeEquivalentTo([null, "c1"]);
        DeliverPart(books, failed, retractionArrived, creditArrived);

        ledger.MarkUndelivered(failed);
        ledger.HasPendingCredit.Should().BeTrue();
        books.Apply(ledger.Settle());

        ShouldHoldOneConversionForC1(books);
    }

    [Fact]
    public void Credit_owed_after_a_failed_delivery_survives_storing_and_restoring_the_ledger()
    {
        var (ledger, books) = ConversionCreditedAsUnattributed();
        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        var failed = ledger.Settle();
        ledger.MarkUndelivered(failed);

        var held = ledger.Conversions.Should().ContainSingle().Subject;
        held.Undelivered.Should().BeEquivalentTo([null, "c1"]);
        var restored = PersonLedger.Restore(ledger.PersonKey, AttributionSettings.Default, ledger.Touchpoints, ledger.Conversions);
        restored.HasPendingCredit.Should().BeTrue();
        var redelivered = restored.Settle();

        redelivered.Credits.Should().AllSatisfy(c => c.Version.Should().BeGreaterThan(failed.Credits[0].Version));
        books.Apply(redelivered);
        ShouldHoldOneConversionForC1(books);
        restored.Conversions.Single().Undelivered.Should().BeEmpty("the debt is paid once settled again");
    }

    [Fact]
    public void A_person_absorbing_a_ledger_with_credit_owed_delivers_it()
    {
        var (retiring, books) = ConversionCreditedAsUnattributed();
        retiring.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        retiring.MarkUndelivered(retiring.Settle());

        var survivor = new PersonLedger("person-0", AttributionSettings.Default);
        survivor.Absorb(PersonLedger.Restore(retiring.PersonKey, AttributionSettings.Default, retiring.Touchpoints, retiring.Conversions));
        books.Apply(survivor.Settle());

        ShouldHoldOneConversionForC1(books);
        books.Entries().Select(e => e.PersonKey).Distinct().Should().Equal("person-0");
    }

    [Fact]
    public void A_conversion_with_credit_owed_is_not_pruned_as_final()
    {
        var (ledger, _) = ConversionCreditedAsUnattributed();
        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        ledger.MarkUndelivered(ledger.Settle());

        ledger.Prune(TimeSpan.Zero, T0.AddYears(1)).Should().NotContain("o1");
        ledger.Conversions.Should().ContainSingle();
    }

    [Fact]
    public void Marking_a_delivery_undelivered_twice_still_sends_each_campaign_once()
    {
        var (ledger, _) = ConversionCreditedAsUnattributed();
        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        var failed = ledger.Settle();
        ledger.MarkUndelivered(failed);
        ledger.MarkUndelivered(failed);

        ledger.Settle().Credits.Select(c => c.Campaign).Should().BeEquivalentTo([null, "c1"]);
        ledger.Settle().IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Credit_stored_as_owed_and_then_delivered_owes_nothing_more()
    {
        var (ledger, _) = ConversionCreditedAsUnattributed();
        ledger.AddTouchpoint(Touch("t1", T0, campaign: "c1"));
        var changes = ledger.Settle();
        ledger.MarkUndelivered(changes);
        ledger.Conversions.Single().Undelivered.Should().NotBeEmpty("this is what is stored before sending");

        ledger.MarkDelivered(changes);

        ledger.HasPendingCredit.Should().BeFalse();
        ledger.Conversions.Single().Undelivered.Should().BeEmpty();
        ledger.Settle().IsEmpty.Should().BeTrue();
    }

    private static (PersonLedger, CreditBooks) ConversionCreditedAsUnattributed()
    {
        var ledger = NewLedger();
        ledger.AddConversion(Purchase("o1", T0.AddDays(1)));
        var books = new CreditBooks();
        books.Apply(ledger.Settle());
        books.UnattributedFigures(AttributionModel.Linear, DayRange.All).Conversions.Should().Be(1);
        return (ledger, books);
    }

    private static void DeliverPart(CreditBooks books, LedgerChanges changes, bool retraction, bool credit)
    {
        foreach (var c in changes.Credits)
        {
            if (c.Campaign is null ? retraction : credit)
            {
                books.Apply(c);
            }
        }
    }

    private static void ShouldHoldOneConversionForC1(CreditBooks books)
    {
        books.UnattributedFigures(AttributionModel.Linear, DayRange.All).Conversions.Should().Be(0, "the retraction must arrive");
        books.ByCampaignChannel(AttributionModel.Linear, DayRange.All)
            .Should().ContainSingle().Which.Value.Conversions.Should().Be(1);
    }
}
