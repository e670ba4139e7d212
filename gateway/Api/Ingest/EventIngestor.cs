using Okube.Actors.Events;
using Okube.Actors.Grains;
using Orleans.Runtime;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// Accepts a batch: validates each event, drops ids already accepted (within the batch and
/// through the tenant's event-id index), and publishes the rest to their subjects' streams,
/// one stream item per subject. Every valid event goes through whatever its neighbours are.
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

        var fresh = await ReserveAsync(tenant, valid);
        duplicates += valid.Count - fresh.Count;
        var failed = await PublishAsync(tenant, fresh);
        foreach (var (index, _) in failed)
        {
            rejected.Add(new RejectedEvent(index, "temporarily unavailable: the event was not accepted; send it again"));
        }
        rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new IngestResult(fresh.Count - failed.Count, duplicates, rejected);
    }

    private async Task<List<(int Index, ParsedEvent Event)>> ReserveAsync(string tenant, List<(int Index, ParsedEvent Event)> valid)
    {
        var shards = options.Value.Ingest.EventIdShards;
        var byShard = valid.GroupBy(v => EventIdShards.ShardOf(v.Event.Event.Id, shards)).ToList();
        var answers = await Task.WhenAll(byShard.Select(g =>
            cluster.GetGrain<IEventIdIndexGrain>(GrainKeys.EventIdShard(tenant, g.Key))
                .ReserveAsync(g.Select(v => v.Event.Event.Id).ToArray())));
        var fresh = new List<(int, ParsedEvent)>(valid.Count);
        for (var s = 0; s < byShard.Count; s++)
        {
            var i = 0;
            foreach (var v in byShard[s])
            {
                if (answers[s][i++])
                {
                    fresh.Add(v);
                }
            }
        }
        return fresh;
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
        if (failed.Count > 0)
        {
            // Give the ids back so that the sender's retry is accepted rather than called a duplicate.
            var shards = options.Value.Ingest.EventIdShards;
            await Task.WhenAll(failed.GroupBy(f => EventIdShards.ShardOf(f.Event.Event.Id, shards)).Select(g =>
                cluster.GetGrain<IEventIdIndexGrain>(GrainKeys.EventIdShard(tenant, g.Key))
                    .ReleaseAsync(g.Select(f => f.Event.Event.Id).ToArray())));
        }
        return failed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing events of tenant {Tenant} failed")]
    private partial void LogPublishFailed(Exception exception, string tenant);
}
