using Microsoft.Extensions.Hosting;
using Okube.Actors.Credit;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Demo;

/// <summary>With Okube:Demo:Enabled, feeds synthetic journeys, campaign names and spend once the host has started.</summary>
public sealed partial class DemoJourneyFeeder(
    IOptions<OkubeOptions> options,
    EventIngestor ingestor,
    IClusterClient cluster,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<DemoJourneyFeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = options.Value.Demo;
        if (!demo.Enabled)
        {
            return;
        }
        await WhenStarted(stoppingToken);
        var tenant = demo.Tenant;
        var currency = options.Value.Tenants.GetValueOrDefault(tenant)?.Currency ?? "EUR";
        var start = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddDays(-45), TimeSpan.Zero);
        var journeys = new SyntheticJourneys(demo.Seed, start, currency, demo.MaxSubjectsPerPerson);
        var random = new Random(demo.Seed);
        foreach (var (campaign, channel) in SyntheticJourneys.Campaigns)
        {
            var grain = cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, campaign));
            await grain.SetMetadataAsync(new CampaignMetadata($"Demo campaign {campaign}", channel));
            await grain.SetSpendAsync(Enumerable.Range(0, 45)
                .Select(d => new SpendRow(DateOnly.FromDateTime(start.AddDays(d).UtcDateTime), Math.Round(20 + random.NextDouble() * 80, 2)))
                .ToArray());
        }
        var accepted = 0;
        const int personsPerBatch = 250;
        for (var first = 0; first < demo.Persons && !stoppingToken.IsCancellationRequested; first += personsPerBatch)
        {
            var body = JourneyEvent.ToNdjson(journeys.Persons(first, Math.Min(personsPerBatch, demo.Persons - first)));
            var items = EventBodyReader.ReadNdjson(body, out _) ?? [];
            accepted += (await ingestor.IngestAsync(tenant, Roles.Retailer, items)).Accepted;
        }
        LogFed(accepted, tenant);
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled());
        return started.Task;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: fed {Accepted} synthetic events to tenant {Tenant}")]
    private partial void LogFed(int accepted, string tenant);
}
