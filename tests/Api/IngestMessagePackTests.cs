using System.Net;
using System.Net.Http.Headers;
using MessagePack;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 3: application/x-msgpack, an array of maps with the keys of the JSON events.</summary>
[Collection(SiloCollection.Name)]
public sealed class IngestMessagePackTests(SiloFactory silo)
{
    private const string MediaType = "application/x-msgpack";
    private static readonly TestTenant Tenant = TestTenants.Ingest;
    private static readonly DateTimeOffset At = Journey.At(2026, 9, 14);

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType);
        return client.PostAsync("/v1/events", content);
    }

    /// <summary>The events as MessagePack: their JSON array, converted value by value.</summary>
    private static byte[] Encode(params JourneyEvent[] events) => MessagePackSerializer.ConvertFromJson(HttpApi.ToJsonArray(events));

    private static async Task<IngestOutcome> IngestAsync(HttpClient client, byte[] body)
    {
        using var response = await PostAsync(client, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, text);
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        return IngestOutcome.Parse(doc.RootElement);
    }

    [Fact]
    public async Task Maps_are_accepted_and_credited_like_their_json_events()
    {
        using var client = silo.Client(Tenant.RetailerKey);

        var outcome = await IngestAsync(client, Encode(
            Journey.Touch("mp-t1", "mp-u1", At, "mp-campaign", "display", cost: 2.5),
            Journey.Order("mp-o1", "mp-u1", At.AddHours(1), 80)));
        await client.WaitUntilProcessedAsync();

        outcome.Should().BeEquivalentTo(new { Accepted = 2, Duplicates = 0, Rejected = Array.Empty<Rejection>() });
        var row = (await client.GetReportAsync("campaigns", "linear")).GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("campaign").GetString() == "mp-campaign");
        ReportAssertions.Close(row, "revenue", 80, "the order's amount");
        ReportAssertions.Close(row, "spend", 2.5, "the touch's cost");
        (await IngestAsync(client, Encode(Journey.Touch("mp-t1", "mp-u1", At, "mp-campaign", "display"))))
            .Duplicates.Should().Be(1, "ids are shared with the other formats");
    }

    [Fact]
    public async Task An_item_that_is_no_event_is_rejected_with_its_index_and_the_rest_accepted()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var touch = Encode(Journey.Touch("mp-t2", "mp-u2", At, "mp-campaign", "display"));
        var noCurrency = Encode(Journey.Order("mp-o2", "mp-u2", At, 5) with { Currency = null });
        byte[] body = [0x93, .. touch.AsSpan(1), 0x2a, .. noCurrency.AsSpan(1)];

        var outcome = await IngestAsync(client, body);

        outcome.Accepted.Should().Be(1);
        outcome.Rejected.Select(r => r.Index).Should().Equal(1, 2);
        outcome.Rejected[0].Error.Should().Contain("map");
        outcome.Rejected[1].Error.Should().Contain("currency");
    }

    [Fact]
    public async Task An_item_nested_beyond_any_event_is_rejected_alone()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        const int depth = 1_500_000;
        var nested = new byte[depth + 1];
        nested.AsSpan(0, depth).Fill(0x91); // an array of one array of one ...
        nested[depth] = 0xc0;
        byte[] body = [0x92, .. Encode(Journey.Touch("mp-t3", "mp-u3", At, "mp-campaign", "display")).AsSpan(1), .. nested];

        var outcome = await IngestAsync(client, body);

        outcome.Accepted.Should().Be(1);
        outcome.Rejected.Should().ContainSingle().Which.Index.Should().Be(1);
    }

    [Theory]
    [InlineData(new byte[] { 0x6e, 0x6f, 0x74 }, "a number, then bytes left over")]
    [InlineData(new byte[] { 0x81, 0xa1, 0x61, 0x01 }, "a map, not an array")]
    [InlineData(new byte[] { 0x92, 0x80 }, "an array cut short")]
    [InlineData(new byte[] { 0xdd, 0x7f, 0xff, 0xff, 0xff }, "an array claiming 2^31 items, with none")]
    [InlineData(new byte[0], "nothing")]
    public async Task Body_that_is_not_one_array_is_400_problem(byte[] body, string what)
    {
        using var client = silo.Client(Tenant.RetailerKey);

        using var response = await PostAsync(client, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("MessagePack", what);
    }
}
