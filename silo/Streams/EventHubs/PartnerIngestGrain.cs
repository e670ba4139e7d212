using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Events;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Gateway.Privacy;
using Okube.Actors.Grains;
using Orleans.Runtime;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>
/// Does for partner event data what the gateway's ingest does for a request: each event is
/// checked and pseudonymised by the gateway's <see cref="EventValidator"/> (under the hub's
/// <see cref="EventHubStreamSettings.PartnerRole"/>), its id recorded in the tenant's event-id
/// index (so that pipeline status counts it as accepted), and the valid events are published
/// on their subjects' streams, one batch per subject. Invalid input is counted, logged with
/// partition and offset (never an id) and skipped; its neighbours still go through.
/// <para>
/// Unlike the gateway, ids already in the index are published again: an event data is read
/// again after a crash, and an id reserved just before the crash must not be lost. The
/// identity grains drop what they already hold, so nothing counts twice.
/// </para>
/// </summary>
[ImplicitStreamSubscription(EventHubWireFormat.PartnerNamespace)]
[ImplicitStreamSubscription(EventHubWireFormat.UnkeyedPartnerNamespace)]
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class PartnerIngestGrain(
    PartnerPayloadReader reader,
    EventValidator validator,
    EventHubStreamSettings settings,
    IOptions<OkubeOptions> options,
    ILogger<PartnerIngestGrain> logger)
    : Grain, IPartnerIngestGrain, IStreamSubscriptionObserver, IAsyncObserver<PartnerEventData>
{
    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<PartnerEventData>().ResumeAsync(this);

    public async Task OnNextAsync(PartnerEventData item, StreamSequenceToken? token = null)
    {
        var payload = reader.Read(item);
        if (payload.Problem is { } problem)
        {
            var named = payload.Tenant ?? EventHubMetrics.UnknownTenant;
            EventHubMetrics.CountMalformed(EventHubMetrics.PayloadReason, named, 1);
            LogPayloadSkipped(item.Partition, item.Offset, named, problem);
            return;
        }
        var tenant = payload.Tenant!;
        // A failure propagates: the stream delivers the event data again, rather than skip its MAC events.
        await validator.PrepareAsync(tenant, payload.Items.Where(i => i.Error is null).Select(i => i.Event), CancellationToken.None);
        var valid = Validate(item, tenant, payload.Items);
        if (valid.Count == 0)
        {
            return;
        }
        // Counted before publishing: a redelivery after a failed publish finds the ids taken.
        await RecordConsentAsync(tenant, await ReserveAsync(tenant, valid));
        await PublishAsync(valid.Where(v => v.IsUsed).ToList());
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    /// <summary>The valid events in payload order, each id once; counts and logs the others.</summary>
    private List<ParsedEvent> Validate(PartnerEventData item, string tenant, IReadOnlyList<PartnerItem> items)
    {
        var valid = new List<ParsedEvent>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0;
        string? first = null;
        foreach (var candidate in items)
        {
            var error = candidate.Error;
            if (error is null && validator.TryValidate(tenant, settings.PartnerRole, candidate.Event, out var parsed, out error))
            {
                if (seen.Add(parsed.Event.Id))
                {
                    valid.Add(parsed);
                }
                continue;
            }
            skipped++;
            first ??= $"event {candidate.Index}: {error}";
        }
        if (skipped > 0)
        {
            EventHubMetrics.CountMalformed(EventHubMetrics.EventReason, tenant, skipped);
            LogEventsSkipped(item.Partition, item.Offset, tenant, skipped, items.Count, first!);
        }
        return valid;
    }

    /// <summary>
    /// Records the ids as accepted and returns the events that were new; whether they were
    /// new changes nothing about publishing (see the class remarks).
    /// </summary>
    private async Task<List<ParsedEvent>> ReserveAsync(string tenant, List<ParsedEvent> valid)
    {
        var shards = options.Value.Ingest.EventIdShards;
        var groups = valid.GroupBy(v => EventIdShards.ShardOf(v.Event.Id, shards)).ToList();
        var answers = await Task.WhenAll(groups.Select(g =>
            GrainFactory.GetGrain<IEventIdIndexGrain>(GrainKeys.EventIdShard(tenant, g.Key))
                .ReserveAsync(g.Select(v => v.Event.Id).ToArray())));
        return groups.SelectMany((g, s) => g.Where((_, i) => answers[s][i])).ToList();
    }

    /// <summary>Counts consent outcomes of new touchpoints; those dropped count as processed.</summary>
    private Task RecordConsentAsync(string tenant, List<ParsedEvent> fresh)
    {
        var touchpoints = fresh.Where(e => e.IsTouchpoint).ToList();
        if (touchpoints.Count == 0)
        {
            return Task.CompletedTask;
        }
        foreach (var e in touchpoints)
        {
            ConsentGate.Count(tenant, e.Consent);
        }
        var used = touchpoints.Count(e => e.IsUsed);
        return GrainFactory.GetGrain<ITenantGrain>(tenant).RecordConsentAsync(used, touchpoints.Count - used);
    }

    /// <summary>One stream item per subject, its events in payload order. A failure propagates: the stream delivers the event data again.</summary>
    private Task PublishAsync(List<ParsedEvent> valid)
    {
        var provider = this.GetStreamProvider(EventStreams.Provider);
        return Task.WhenAll(valid.GroupBy(v => v.Target).Select(subject =>
            provider.GetStream<SubjectEventBatch>(StreamId.Create(EventStreams.SubjectNamespace, subject.Key.GrainKey))
                .OnNextAsync(new SubjectEventBatch(subject.Key, subject.Select(v => v.Event).ToArray()))));
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event Hubs partition {Partition}, offset {Offset}, tenant {Tenant}: skipped the partner event data: {Problem}")]
    private partial void LogPayloadSkipped(string partition, string offset, string tenant, string problem);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Event Hubs partition {Partition}, offset {Offset}, tenant {Tenant}: skipped {Skipped} of {Events} partner events; first: {Problem}")]
    private partial void LogEventsSkipped(string partition, string offset, string tenant, int skipped, int events, string problem);
}
