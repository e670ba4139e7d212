using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 3: an event whose id was already accepted is a duplicate and changes nothing.</summary>
[Collection(SiloCollection.Name)]
public sealed class IngestDuplicateTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Duplicates;

    [Fact]
    public async Task Repeated_ids_within_and_across_batches_are_duplicates_that_change_no_report()
    {
        var at = Journey.At(2026, 4, 10);
        using var client = silo.Client(Tenant.RetailerKey);
        JourneyEvent[] first =
        [
            Journey.Touch("dup-t1", "dup-u", at, "dup-c1", "display", cost: 2),
            Journey.Order("dup-o1", "dup-u", at.AddHours(2), 100),
            // The same id again in the batch, with other content: the first one counts.
            Journey.Order("dup-o1", "dup-u", at.AddHours(3), 999),
        ];

        var outcome = await client.IngestAsync(first);
        await client.WaitUntilProcessedAsync();
        var campaigns = await client.GetReportAsync("campaigns", "linear");
        var channels = await client.GetReportAsync("channels", "linear");

        outcome.Should().BeEquivalentTo(new { Accepted = 2, Duplicates = 1 });
        outcome.Rejected.Should().BeEmpty();
        var row = campaigns.GetProperty("rows").EnumerateArray().Single();
        ReportAssertions.Close(row, "revenue", 100, "the first dup-o1 counts");
        ReportAssertions.Close(row, "spend", 2, "dup-t1's cost");

        JourneyEvent[] again =
        [
            Journey.Touch("dup-t1", "dup-u", at.AddHours(1), "dup-c2", "search", cost: 50),
            Journey.Order("dup-o1", "dup-u", at.AddHours(2), 500),
        ];
        var replay = await client.IngestAsync(again, HttpApi.JsonArray);
        var status = await client.StatusAsync();
        await client.WaitUntilProcessedAsync();

        replay.Should().BeEquivalentTo(new { Accepted = 0, Duplicates = 2 });
        status.Accepted.Should().Be(2, "only the two distinct events were ever accepted");
        (await client.GetReportAsync("campaigns", "linear")).ToString().Should().Be(campaigns.ToString());
        (await client.GetReportAsync("channels", "linear")).ToString().Should().Be(channels.ToString());
    }
}
