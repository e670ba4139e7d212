using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;
using Okube.Actors.Tests.Support.Tcf;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>
/// Contract section 6, consent: touchpoints whose TC string grants measurement (purposes 1 and 7,
/// vendor 755) or that carry none are used; those it refuses are accepted and processed but
/// never credited; an invalid string rejects its event with the reason.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class ConsentGatingTests(SiloFactory silo)
{
    private static readonly long Created = TcModel.Deciseconds(new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero));

    private static readonly TcModel Granting = new()
    {
        Created = Created, LastUpdated = Created, CmpId = 10, VendorListVersion = 90,
        PurposesConsent = [1, 2, 7], VendorConsents = VendorSection.InRanges(12, 755),
    };

    private static readonly string Granted = TcEncoder.Encode(Granting);

    private static readonly string[] Refusing =
    [
        TcEncoder.Encode(Granting with { PurposesConsent = [1, 2] }),
        TcEncoder.Encode(Granting with { VendorConsents = VendorSection.Bits(12, 756) }),
        TcEncoder.Encode(Granting with { Restrictions = [new RestrictionModel(7, 0, [(700, 800)])] }),
    ];

    private static readonly string[] Invalid =
    [
        "not-a-tc-string",
        TcEncoder.Encode(Granting with { IsServiceSpecific = false }),
    ];

    [Fact]
    public async Task Reports_equal_the_reference_over_the_consented_touchpoints_alone()
    {
        var tenant = TestTenants.Consent;
        using var client = silo.Client(tenant.RetailerKey);
        var random = new Random(606);
        var events = new SyntheticJourneys(seed: 6061, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero))
            .Persons(0, 150)
            .Select(e => e.Type == "touchpoint" ? e with { Consent = Pick(random) } : e)
            .ToList();
        var invalid = events.Where(e => Invalid.Contains(e.Consent)).ToList();
        var dropped = events.Where(e => Refusing.Contains(e.Consent)).ToList();
        var used = events.Except(invalid).Except(dropped).ToList();
        (invalid.Count, dropped.Count).Should().Match<(int, int)>(c => c.Item1 > 5 && c.Item2 > 20);
        var reference = new ReferenceAttribution();
        reference.Add(used);

        var outcome = await client.IngestAsync(events);
        var processed = await client.WaitUntilProcessedAsync();

        outcome.Accepted.Should().Be(events.Count - invalid.Count, "refused consent is accepted, invalid consent is not");
        outcome.Rejected.Should().HaveCount(invalid.Count).And.AllSatisfy(r => r.Error.Should().Contain("consent"));
        outcome.Rejected.Select(r => events[r.Index].Id).Should().BeEquivalentTo(invalid.Select(e => e.Id));
        processed.Should().Be(outcome.Accepted, "dropped touchpoints count as processed at once");
        foreach (var model in ReferenceAttribution.Models)
        {
            ReportAssertions.ShouldMatch(await client.GetReportAsync("campaigns", model), reference.Campaigns(model), byCampaign: true);
            ReportAssertions.ShouldMatch(await client.GetReportAsync("channels", model), reference.Channels(model), byCampaign: false);
        }
        var consent = (await client.GetReportAsync("campaigns", "linear")).GetProperty("consent");
        var touchpoints = used.Count(e => e.Type == "touchpoint");
        consent.GetProperty("touchpoints").GetInt64().Should().Be(touchpoints + dropped.Count);
        consent.GetProperty("consented").GetInt64().Should().Be(touchpoints);
        consent.GetProperty("consented_share").GetDouble().Should().BeApproximately(
            (double)touchpoints / (touchpoints + dropped.Count), 1e-12);
    }

    [Fact]
    public async Task A_tenant_requiring_consent_drops_touchpoints_without_a_tc_string()
    {
        var tenant = TestTenants.ConsentRequired;
        using var client = silo.Client(tenant.RetailerKey);
        var at = Journey.At(2026, 4, 2);
        JourneyEvent[] events =
        [
            Journey.Touch("bare-t", "u1", at, "c1", "display"),
            Journey.Touch("tc-t", "u1", at.AddHours(1), "c2", "search") with { Consent = Granted },
            Journey.Order("o1", "u1", at.AddHours(2), 50),
        ];

        var outcome = await client.IngestAsync(events);
        await client.WaitUntilProcessedAsync();

        outcome.Accepted.Should().Be(3);
        var report = await client.GetReportAsync("campaigns", "linear");
        report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("campaign").GetString())
            .Should().Equal(["c2"], "only the touchpoint with a granting TC string is used");
        ReportAssertions.Close(report.GetProperty("rows")[0], "revenue", 50, "the whole order goes to c2");
    }

    [Fact]
    public async Task A_transaction_is_never_dropped_for_consent_but_an_invalid_string_rejects_it()
    {
        var tenant = TestTenants.ConsentRequired;
        using var client = silo.Client(tenant.RetailerKey);
        var at = Journey.At(2026, 5, 5);
        JourneyEvent[] events =
        [
            Journey.Order("tx-refused-consent", "tx-u1", at, 20) with { Consent = Refusing[0] },
            Journey.Order("tx-invalid-consent", "tx-u2", at, 20) with { Consent = Invalid[0] },
        ];

        var outcome = await client.IngestAsync(events);

        outcome.Accepted.Should().Be(1);
        outcome.Rejected.Should().ContainSingle().Which.Index.Should().Be(1);
    }

    private static string? Pick(Random random) => random.Next(20) switch
    {
        < 9 => Granted,
        < 12 => null,
        < 18 => Refusing[random.Next(Refusing.Length)],
        _ => Invalid[random.Next(Invalid.Length)],
    };
}
