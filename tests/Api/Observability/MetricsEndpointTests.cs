using System.Net;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api.Observability;

/// <summary>/metrics serves the Okube and Orleans meters in Prometheus' format; the Orleans dashboard is off by default.</summary>
[Collection(SiloCollection.Name)]
public sealed class MetricsEndpointTests(SiloFactory silo)
{
    [Fact]
    public async Task Metrics_show_the_pipeline_and_orleans_instruments_without_credentials()
    {
        using var retailer = silo.Client(TestTenants.Acme.RetailerKey);
        var at = Journey.At(2026, 10, 2);
        var outcome = await retailer.IngestAsync(
            [Journey.Touch("metrics-t1", "metrics-u1", at, "metrics-c1", "display"), Journey.Order("metrics-o1", "metrics-u1", at.AddHours(1), 10)]);
        outcome.Accepted.Should().Be(2);
        await retailer.WaitUntilProcessedAsync();
        await retailer.PostEventsAsync("{\"id\":\"metrics-bad\",\"type\":\"transaction\"}");

        using var anonymous = silo.Client(null);
        var text = await Eventually(anonymous);

        text.Should().Contain("okube_events_accepted_total{").And.Contain("tenant=\"acme\"");
        text.Should().Contain("okube_events_rejected_total{").And.Contain("reason=\"occurred_at\"");
        text.Should().Contain("okube_events_processed_total{");
        text.Should().Contain("okube_credits_delivered_total{");
        text.Should().Contain("okube_pipeline_lag_seconds_bucket{");
        text.Split('\n').Should().Contain(line => line.StartsWith("orleans_", StringComparison.Ordinal), "Orleans' own meter is exported");
    }

    [Fact]
    public async Task The_orleans_dashboard_is_off_by_default()
    {
        using var anonymous = silo.Client(null);

        using var response = await anonymous.GetAsync("/orleans-dashboard");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    /// <summary>The exporter reads instruments when scraped; a few scrapes may be needed before every meter has reported.</summary>
    private static async Task<string> Eventually(HttpClient client)
    {
        var text = "";
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync("/metrics");
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            text = await response.Content.ReadAsStringAsync();
            if (text.Contains("okube_pipeline_lag_seconds_bucket{", StringComparison.Ordinal) && text.Contains("orleans_", StringComparison.Ordinal))
            {
                break;
            }
            await Task.Delay(500);
        }
        return text;
    }
}
