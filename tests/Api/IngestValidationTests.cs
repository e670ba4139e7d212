using System.Text.RegularExpressions;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 3: every valid event of a batch is accepted; each invalid one is listed with an actionable reason.</summary>
[Collection(SiloCollection.Name)]
public sealed class IngestValidationTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Ingest;

    [Fact]
    public async Task Ndjson_batch_accepts_valid_events_and_names_the_field_of_each_invalid_one()
    {
        var lines = new (string Line, string? Field)[]
        {
            (Event("v-touch", """ "type":"touchpoint","subject":{"kind":"cookie","id":"u1"},"channel":"display","interaction":"impression","campaign":"c1" """), null),
            ("""{"type":"touchpoint","occurred_at":"2026-03-01T12:00:00Z","subject":{"kind":"cookie","id":"u1"},"channel":"display","interaction":"click"}""", "id"),
            (Event(new string('x', 129), """ "type":"touchpoint","subject":{"kind":"cookie","id":"u1"},"channel":"display","interaction":"click" """), "id"),
            (Event("bad-date", """ "type":"touchpoint","subject":{"kind":"cookie","id":"u1"},"channel":"display","interaction":"click" """, "2026-01-01"), "occurred_at"),
            (Event("no-offset", """ "type":"touchpoint","subject":{"kind":"cookie","id":"u1"},"channel":"display","interaction":"click" """, "2026-01-01T10:00:00"), "occurred_at"),
            (Event("v-order", """ "type":"transaction","subject":{"kind":"crm","id":"u2"},"order_id":"o1","amount":42.5,"currency":"EUR" """), null),
            (Event("bad-type", """ "type":"purchase","subject":{"kind":"cookie","id":"u1"} """), "type"),
            (Event("zero-amount", """ "type":"transaction","subject":{"kind":"cookie","id":"u1"},"order_id":"o2","amount":0,"currency":"EUR" """), "amount"),
            (Event("bad-kind", """ "type":"touchpoint","subject":{"kind":"fax","id":"u1"},"channel":"display","interaction":"click" """), "subject"),
            (Event("hover", """ "type":"touchpoint","subject":{"kind":"cookie","id":"u1"},"channel":"display","interaction":"hover" """), "interaction"),
            (Event("usd", """ "type":"transaction","subject":{"kind":"cookie","id":"u1"},"order_id":"o3","amount":10,"currency":"USD" """), "currency"),
            ("""{"id":"broken", "type": touchpoint""", "JSON"),
            (Event("v-visit", """ "type":"store_visit","subject":{"kind":"offline_cookie","id":"u3"},"store":"lyon-02","dwell_seconds":120 """), null),
            (Event("v-link", """ "type":"identity_link","subjects":[{"kind":"cookie","id":"u1"},{"kind":"crm","id":"u2"}],"source":"login" """), null),
        };
        using var client = silo.Client(Tenant.RetailerKey);

        var outcome = await client.IngestAsync(string.Join("\n", lines.Select(l => l.Line)) + "\n");

        outcome.Accepted.Should().Be(lines.Count(l => l.Field is null));
        outcome.Duplicates.Should().Be(0);
        ShouldReject(outcome, lines.Select((l, i) => (i, l.Field)).Where(x => x.Field is not null).ToDictionary(x => x.i, x => x.Field!));
    }

    [Fact]
    public async Task Json_array_batch_accepts_valid_events_and_lists_invalid_ones_by_index()
    {
        var body = "[" + string.Join(",",
            Event("arr-touch", """ "type":"touchpoint","subject":{"kind":"device","id":"d1"},"channel":"social","interaction":"visit" """),
            """ "just a string" """,
            Event("arr-no-channel", """ "type":"touchpoint","subject":{"kind":"device","id":"d1"},"interaction":"click" """),
            Event("arr-order", """ "type":"transaction","subject":{"kind":"device","id":"d1"},"order_id":"o9","amount":9.99,"currency":"EUR","store":"lille-03" """),
            Event("arr-neg", """ "type":"transaction","subject":{"kind":"device","id":"d1"},"order_id":"o10","amount":-3,"currency":"EUR" """)) + "]";
        using var client = silo.Client(Tenant.RetailerKey);

        var outcome = await client.IngestAsync(body, HttpApi.JsonArray);

        outcome.Accepted.Should().Be(2);
        ShouldReject(outcome, new Dictionary<int, string> { [1] = "object", [2] = "channel", [4] = "amount" });
    }

    [Fact]
    public async Task Agency_key_gets_its_touchpoints_accepted_and_its_conversions_rejected_with_a_reason()
    {
        var at = Journey.At(2026, 3, 2);
        JourneyEvent[] events =
        [
            Journey.Touch("ag-t1", "ag-u", at, "c1", "display"),
            Journey.Order("ag-o1", "ag-u", at.AddHours(1), 20),
            Journey.Touch("ag-t2", "ag-u", at.AddHours(2), "c2", "search", cost: 0.5),
            Journey.Visit("ag-v1", "ag-u", at.AddHours(3)),
        ];
        using var client = silo.Client(Tenant.AgencyKey);

        var outcome = await client.IngestAsync(events);

        outcome.Accepted.Should().Be(2);
        outcome.Rejected.Select(r => r.Index).Should().Equal(1, 3);
        outcome.Rejected.Should().OnlyContain(r => r.Error.Contains("agency") && r.Error.Contains("touchpoint"));
    }

    /// <summary>One event object with a common id and occurred_at, and the given other members.</summary>
    private static string Event(string id, string members, string occurredAt = "2026-03-01T12:00:00Z") =>
        $$"""{"id":"{{id}}","occurred_at":"{{occurredAt}}",{{members.Trim()}}}""";

    private static void ShouldReject(IngestOutcome outcome, IReadOnlyDictionary<int, string> fieldByIndex)
    {
        outcome.Rejected.Select(r => r.Index).Should().Equal(fieldByIndex.Keys.Order());
        foreach (var rejection in outcome.Rejected)
        {
            var field = fieldByIndex[rejection.Index];
            rejection.Error.Should().MatchRegex($@"\b{Regex.Escape(field)}\b",
                $"event {rejection.Index} is invalid because of its {field}");
        }
    }
}
