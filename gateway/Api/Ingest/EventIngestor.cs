using Okube.Actors.Events;
using Okube.Actors.Gateway.Privacy;
using Okube.Actors.Gateway.Telemetry;
using Okube.Actors.Grains;
using Orleans.Runtime;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// Accepts a batch: validates each event, drops ids already accepted (within the batch and
/// through the tenant's event-id index), publishes the rest to their subjects' streams, one
/// stream item per subject, then records their ids as accepted. Every valid event goes
/// through whatever its neighbours are.
/// </summary>
public sealed partial class EventIngestor(
    EventValidator validator,
    IClusterClient cluster,
    IOptions<OkubeOptions> options,
    ILogger<EventIngestor> logger)
{
    public async Task<IngestResult> IngestAsync(string tenant, string role, IReadOnlyList<EventBodyReader.Item> items)
    {
        var rejected = new List<RejectedEvent>();
        var valid = new List<(int Index, ParsedEvent Event)>(items.Count);
        var seenInBatch = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = 0;
        await PrepareAsync(tenant, items);
        foreach (var item in items)
        {
            if (item.Error is not null)
            {
                rejected.Add(new RejectedEvent(item.Index, item.Error));
            }
            else if (!validator.TryValidate(tenant, role, item.Event, out var parsed, out var error))
            {
                rejected.Add(new RejectedEvent(item.Index, error));
            }
            else if (!seenInBatch.Add(parsed.Event.Id))
            {
                duplicates++;
            }
            else
            {
                valid.Add((item.Index, parsed));
            }
        }

        // Publish first, record as accepted after: a crash in between leaves the ids free, so
        // the sender's retry is published again (identities drop the repeat) and then counted.
        // Touchpoints without consent are only recorded, so that their ids stay taken.
        var unseen = await AskShardsAsync(tenant, valid, static (shard, ids) => shard.FilterNewAsync(ids));
        duplicates += valid.Count - unseen.Count;
        var failed = await PublishAsync(tenant, unseen.Where(v => v.Event.IsUsed).ToList());
        foreach (var (index, _) in failed)
        {
            rejected.Add(new RejectedEvent(index, "temporarily unavailable: the event was not accepted; send it again"));
        }
        var published = failed.Count == 0 ? unseen : unseen.Except(failed).ToList();
        var accepted = await AskShardsAsync(tenant, published, static (shard, ids) => shard.ReserveAsync(ids));
        // Fewer only when a concurrent request carried the same ids and was recorded first.
        duplicates += published.Count - accepted.Count;
        await RecordConsentAsync(tenant, accepted);
        rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        var result = new IngestResult(accepted.Count, duplicates, rejected);
        IngestMetrics.Record(tenant, result);
        return result;
    }

    /// <summary>Counts the consent outcomes of the touchpoints just accepted; dropped ones count as processed.</summary>
    private async Task RecordConsentAsync(string tenant, List<(int Index, ParsedEvent Event)> accepted)
    {
        long used = 0, dropped = 0;
        foreach (var (_, e) in accepted)
        {
            if (!e.IsTouchpoint)
            {
                continue;
            }
            ConsentGate.Count(tenant, e.Consent);
            if (e.IsUsed) used++; else dropped++;
        }
        if (used + dropped == 0)
        {
            return;
        }
        try
        {
            await cluster.GetGrain<ITenantGrain>(tenant).RecordConsentAsync(used, dropped);
        }
        catch (Exception e)
        {
            // The events are accepted whatever happens here; only the tally lags.
            LogTallyFailed(e, tenant, used, dropped);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Tenant {Tenant}: could not count {Used} touchpoints used and {Dropped} dropped for consent")]
    private partial void LogTallyFailed(Exception exception, string tenant, long used, long dropped);

    /// <summary>Fetches what validation needs; when that fails, the events needing it are rejected as temporarily unavailable.</summary>
    private async Task PrepareAsync(string tenant, IReadOnlyList<EventBodyReader.Item> items)
    {
        try
        {
            await validator.PrepareAsync(tenant, items.Where(i => i.Error is null).Select(i => i.Event), CancellationToken.None);
        }
        catch (Exception e)
        {
            LogPrepareFailed(e, tenant);
        }
    }

    /// <summary>Asks each event-id shard about its ids; keeps the events it answers true for.</summary>
    private async Task<List<(int Index, ParsedEvent Event)>> AskShardsAsync(string tenant,
        List<(int Index, ParsedEvent Event)> events, Func<IEventIdIndexGrain, string[], Task<bool[]>> ask)
    {
        var shards = options.Value.Ingest.EventIdShards;
        var byShard = events.GroupBy(v => EventIdShards.ShardOf(v.Event.Event.Id, shards)).ToList();
        var answers = await Task.WhenAll(byShard.Select(g =>
            ask(cluster.GetGrain<IEventIdIndexGrain>(GrainKeys.EventIdShard(tenant, g.Key)),
                g.Select(v => v.Event.Event.Id).ToArray())));
        var kept = new List<(int, ParsedEvent)>(events.Count);
        for (var s = 0; s < byShard.Count; s++)
        {
            var i = 0;
            foreach (var v in byShard[s])
            {
                if (answers[s][i++])
                {
                    kept.Add(v);
                }
            }
        }
        return kept;
    }

    /// <summary>Publishes one stream item per subject; returns the events that could not be published.</summary>
    private async Task<List<(int Index, ParsedEvent Event)>> PublishAsync(string tenant, List<(int Index, ParsedEvent Event)> fresh)
    {
        var provider = cluster.GetStreamProvider(EventStreams.Provider);
        var bySubject = fresh.GroupBy(v => v.Event.Target).ToList();
        var sends = bySubject.Select(async group =>
        {
            var batch = new SubjectEventBatch(group.Key, group.OrderBy(v => v.Index).Select(v => v.Event.Event).ToArray());
            var stream = provider.GetStream<SubjectEventBatch>(StreamId.Create(EventStreams.SubjectNamespace, group.Key.GrainKey));
            try
            {
                await stream.OnNextAsync(batch);
                return true;
            }
            catch (Exception e)
            {
                LogPublishFailed(e, tenant);
                return false;
            }
        }).ToList();
        var published = await Task.WhenAll(sends);
        var failed = new List<(int Index, ParsedEvent Event)>();
        for (var i = 0; i < bySubject.Count; i++)
        {
            if (!published[i])
            {
                failed.AddRange(bySubject[i]);
            }
        }
        return failed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Fetching today's MAC key of tenant {Tenant} failed: its raw-mac events are rejected")]
    private partial void LogPrepareFailed(Exception exception, string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing events of tenant {Tenant} failed")]
    private partial void LogPublishFailed(Exception exception, string tenant);
}
