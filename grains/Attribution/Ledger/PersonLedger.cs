using System.Buffers;
using Okube.Actors.Attribution.Models;

namespace Okube.Actors.Attribution.Ledger;

/// <summary>
/// One person's touchpoints and conversions, and the credit each conversion currently
/// gives. Adding events marks the conversions whose path they change; <see cref="Settle"/>
/// recomputes those and returns what changed, so that the aggregates always equal what
/// the set of distinct events implies, whatever their arrival order.
/// </summary>
public sealed class PersonLedger
{
    // Dictionary keys cannot be null: the unattributed bucket has a key no campaign id can take.
    private const string UnattributedKey = "\0unattributed";

    private readonly AttributionSettings settings;
    private readonly List<Touchpoint> touches = [];
    private readonly Dictionary<string, ConversionEntry> conversions = new(StringComparer.Ordinal);
    private readonly HashSet<string> eventIds = new(StringComparer.Ordinal);
    private readonly HashSet<ConversionEntry> dirty = [];
    private readonly List<CostLine> pendingCosts = [];

    public PersonLedger(string personKey, AttributionSettings settings)
    {
        PersonKey = personKey;
        this.settings = settings;
    }

    public string PersonKey { get; }

    public IReadOnlyList<Touchpoint> Touchpoints => touches;

    public IEnumerable<HeldConversion> Conversions =>
        conversions.Values.Select(e => new HeldConversion(
            e.Conversion, e.Version, e.Undelivered is null ? [] : [.. e.Undelivered.Select(ToCampaign)]));

    public bool Contains(string eventId) => eventIds.Contains(eventId);

    /// <summary>Whether the next <see cref="Settle"/> has credit to work out or to deliver again.</summary>
    public bool HasPendingCredit => dirty.Count > 0;

    /// <summary>Adds a touchpoint; false when its id is already held (a duplicate).</summary>
    public bool AddTouchpoint(Touchpoint touchpoint)
    {
        if (!eventIds.Add(touchpoint.EventId))
        {
            return false;
        }
        touches.Insert(InsertionIndex(touchpoint), touchpoint);
        MarkConversionsReaching(touchpoint);
        if (touchpoint.Cost is > 0 and var cost)
        {
            pendingCosts.Add(new CostLine(
                touchpoint.Campaign, touchpoint.Channel, touchpoint.EventId, DateOnly.FromDateTime(touchpoint.OccurredAt), cost));
        }
        return true;
    }

    private void MarkConversionsReaching(Touchpoint touchpoint)
    {
        var horizon = touchpoint.OccurredAt + settings.Lookback;
        foreach (var entry in conversions.Values)
        {
            var at = entry.Conversion.OccurredAt;
            if (at >= touchpoint.OccurredAt && at <= horizon)
            {
                dirty.Add(entry);
            }
        }
    }

    /// <summary>
    /// Records that the delivery of <paramref name="changes"/> failed, so any part of it may
    /// be missing from the aggregates: the next <see cref="Settle"/> sends each conversion
    /// it touched again whole, and again to every campaign it was just retracted from.
    /// Touch costs are the caller's to keep.
    /// </summary>
    public void MarkUndelivered(LedgerChanges changes)
    {
        foreach (var credit in changes.Credits)
        {
            if (conversions.TryGetValue(credit.ConversionId, out var entry))
            {
                (entry.Undelivered ??= new(StringComparer.Ordinal)).Add(credit.Campaign ?? UnattributedKey);
                dirty.Add(entry);
            }
        }
    }

    /// <summary>
    /// Records that <paramref name="changes"/>, marked with <see cref="MarkUndelivered"/> before
    /// being sent, arrived: the conversions they touched owe nothing any more. Call before
    /// anything else changes the ledger.
    /// </summary>
    public void MarkDelivered(LedgerChanges changes)
    {
        foreach (var credit in changes.Credits)
        {
            if (conversions.TryGetValue(credit.ConversionId, out var entry) && entry.Undelivered is not null)
            {
                entry.Undelivered = null;
                dirty.Remove(entry);
            }
        }
    }

    /// <summary>Adds a conversion; false when its id is already held (a duplicate).</summary>
    public bool AddConversion(Conversion conversion)
    {
        if (!eventIds.Add(conversion.EventId))
        {
            return false;
        }
        var entry = new ConversionEntry(conversion) { EmittedAs = PersonKey };
        conversions.Add(conversion.EventId, entry);
        dirty.Add(entry);
        return true;
    }

    /// <summary>
    /// Drops what no conversion can still need, given that events are expected at most
    /// <paramref name="allowedLateness"/> behind the newest event of this person: conversions
    /// older than that are final, and touches older than that plus the lookback can reach no
    /// conversion that is not final. Returns the ids dropped, for the caller to keep
    /// recognising them as duplicates. Call after <see cref="Settle"/>. The newest event
    /// counts as no later than <paramref name="latestPlausible"/>, so that one wrongly
    /// future-dated event cannot make everything else final.
    /// </summary>
    public IReadOnlyList<string> Prune(TimeSpan allowedLateness, DateTime latestPlausible)
    {
        if (touches.Count == 0 && conversions.Count == 0)
        {
            return [];
        }
        var newest = DateTime.MinValue;
        if (touches.Count > 0)
        {
            newest = touches[^1].OccurredAt;
        }
        foreach (var entry in conversions.Values)
        {
            if (entry.Conversion.OccurredAt > newest) newest = entry.Conversion.OccurredAt;
        }
        if (newest > latestPlausible)
        {
            newest = latestPlausible;
        }
        var finalBefore = newest - allowedLateness;
        var unusedBefore = finalBefore - settings.Lookback;
        var dropped = new List<string>();
        foreach (var entry in conversions.Values.Where(e => e.Conversion.OccurredAt < finalBefore && !dirty.Contains(e) && e.Undelivered is null).ToList())
        {
            conversions.Remove(entry.Conversion.EventId);
            dropped.Add(entry.Conversion.EventId);
        }
        var keepFrom = FirstAtOrAfter(unusedBefore);
        for (var i = 0; i < keepFrom; i++)
        {
            dropped.Add(touches[i].EventId);
        }
        touches.RemoveRange(0, keepFrom);
        foreach (var id in dropped)
        {
            eventIds.Remove(id);
        }
        return dropped;
    }

    /// <summary>
    /// Retention: removes the touchpoints that happened before <paramref name="before"/>. The
    /// conversions they served are re-credited over the touches that remain at the next
    /// <see cref="Settle"/>, and each removed touch's cost is withdrawn from its campaign's
    /// spend. Returns the ids removed.
    /// </summary>
    public IReadOnlyList<string> ExpireTouchpoints(DateTime before)
    {
        var count = FirstAtOrAfter(before);
        if (count == 0)
        {
            return [];
        }
        var expired = touches.GetRange(0, count);
        foreach (var touch in expired)
        {
            MarkConversionsReaching(touch);
            eventIds.Remove(touch.EventId);
            if (touch.Cost is > 0 and var cost)
            {
                pendingCosts.Add(new CostLine(
                    touch.Campaign, touch.Channel, touch.EventId, DateOnly.FromDateTime(touch.OccurredAt), cost, Retracted: true));
            }
        }
        touches.RemoveRange(0, count);
        return expired.Select(t => t.EventId).ToList();
    }

    /// <summary>When the oldest touchpoint held happened; null when none is held.</summary>
    public DateTime? OldestTouch => touches.Count == 0 ? null : touches[0].OccurredAt;

    /// <summary>When the newest event held (touchpoint or conversion) happened; null when none is held.</summary>
    public DateTime? NewestEvent
    {
        get
        {
            DateTime? newest = touches.Count == 0 ? null : touches[^1].OccurredAt;
            foreach (var entry in conversions.Values)
            {
                if (newest is null || entry.Conversion.OccurredAt > newest) newest = entry.Conversion.OccurredAt;
            }
            return newest;
        }
    }

    /// <summary>Recomputes the conversions whose path changed and returns the credit changes.</summary>
    /// <param name="minimumVersion">
    /// A floor for the versions given to changed credit. Passing a clock reading (ticks)
    /// keeps versions growing across a crash: a ledger restored from older state cannot
    /// reissue a version a lost activation already sent with other content.
    /// </param>
    public LedgerChanges Settle(long minimumVersion = 0)
    {
        var changes = new LedgerChanges();
        changes.Costs.AddRange(pendingCosts);
        pendingCosts.Clear();
        foreach (var entry in dirty)
        {
            Recredit(entry, changes.Credits, minimumVersion);
        }
        dirty.Clear();
        return changes;
    }

    /// <summary>
    /// Takes in another person's ledger after an identity merge: its events join this
    /// person's, and every conversion whose path or person changed is re-credited at the
    /// next <see cref="Settle"/>. Conversions keep their versions, so the new credit replaces
    /// what the other person had given. Touch costs were counted by the other person already.
    /// </summary>
    public void Absorb(PersonLedger other)
    {
        foreach (var touch in other.touches)
        {
            if (eventIds.Add(touch.EventId))
            {
                touches.Insert(InsertionIndex(touch), touch);
                MarkConversionsReaching(touch);
            }
        }
        foreach (var entry in other.conversions.Values)
        {
            if (eventIds.Add(entry.Conversion.EventId))
            {
                conversions.Add(entry.Conversion.EventId, entry);
                dirty.Add(entry);
            }
            else if (conversions.TryGetValue(entry.Conversion.EventId, out var mine))
            {
                // Both persons held it (a merge redone after a timeout, while the other kept
                // crediting): send it again whole, above any version the other one used.
                mine.Version = Math.Max(mine.Version, entry.Version);
                mine.EmittedAs = "";
                if (entry.Undelivered is not null)
                {
                    (mine.Undelivered ??= new(StringComparer.Ordinal)).UnionWith(entry.Undelivered);
                }
                dirty.Add(mine);
            }
        }
    }

    /// <summary>
    /// What each conversion currently gives: per campaign (null: the unattributed bucket), its
    /// channels' weights under every model. For a person's access export.
    /// </summary>
    public IReadOnlyList<(string? Campaign, ChannelWeights Channel)> CreditOf(string conversionId)
    {
        if (!conversions.TryGetValue(conversionId, out var entry))
        {
            return [];
        }
        var shares = dirty.Contains(entry) ? ComputeShares(entry.Conversion) : entry.Shares;
        return shares.OrderBy(s => s.Key, StringComparer.Ordinal)
            .SelectMany(s => s.Value.Select(c => (ToCampaign(s.Key), c)))
            .ToList();
    }

    /// <summary>
    /// Withdraws everything this person gave, for an erasure: a retraction of each conversion's
    /// credit from every campaign that may hold it, and a retraction of each touch's cost. The
    /// ledger is empty afterwards.
    /// </summary>
    public LedgerChanges RetractAll(long minimumVersion = 0)
    {
        var changes = new LedgerChanges();
        foreach (var entry in conversions.Values)
        {
            var campaigns = new SortedSet<string>(entry.Shares.Keys, StringComparer.Ordinal);
            campaigns.UnionWith(entry.Undelivered ?? []);
            if (dirty.Contains(entry))
            {
                campaigns.UnionWith(ComputeShares(entry.Conversion).Keys);
            }
            var version = Math.Max(entry.Version + 1, minimumVersion);
            var c = entry.Conversion;
            foreach (var campaign in campaigns)
            {
                changes.Credits.Add(new CampaignCredit(
                    ToCampaign(campaign), c.EventId, version, PersonKey, DateOnly.FromDateTime(c.OccurredAt), c.Kind, c.Value, [], c.Store));
            }
        }
        foreach (var touch in touches)
        {
            if (touch.Cost is > 0 and var cost)
            {
                changes.Costs.Add(new CostLine(
                    touch.Campaign, touch.Channel, touch.EventId, DateOnly.FromDateTime(touch.OccurredAt), cost, Retracted: true));
            }
        }
        touches.Clear();
        conversions.Clear();
        eventIds.Clear();
        dirty.Clear();
        pendingCosts.Clear();
        return changes;
    }

    /// <summary>Rebuilds a ledger from persisted events; credit shares are derived again, not stored.</summary>
    public static PersonLedger Restore(
        string personKey,
        AttributionSettings settings,
        IEnumerable<Touchpoint> touchpoints,
        IEnumerable<HeldConversion> conversions)
    {
        var ledger = new PersonLedger(personKey, settings);
        foreach (var t in touchpoints)
        {
            if (ledger.eventIds.Add(t.EventId))
            {
                ledger.touches.Add(t);
            }
        }
        ledger.touches.Sort(TouchOrder.Instance);
        foreach (var (conversion, version, undelivered) in conversions)
        {
            if (ledger.eventIds.Add(conversion.EventId))
            {
                var entry = new ConversionEntry(conversion) { Version = version, EmittedAs = personKey };
                entry.Shares = ledger.ComputeShares(conversion);
                if (undelivered.Count > 0)
                {
                    // A delivery failed before this state was stored: finish it at the next Settle.
                    entry.Undelivered = new(undelivered.Select(c => c ?? UnattributedKey), StringComparer.Ordinal);
                    ledger.dirty.Add(entry);
                }
                ledger.conversions.Add(conversion.EventId, entry);
            }
        }
        return ledger;
    }

    private void Recredit(ConversionEntry entry, List<CampaignCredit> output, long minimumVersion)
    {
        // Credit given under another person's key (before a merge) is re-sent whole, so that
        // distinct-person counts follow the merged identity.
        // So is a conversion whose last delivery failed.
        var forceAll = !string.Equals(entry.EmittedAs, PersonKey, StringComparison.Ordinal) || entry.Undelivered is not null;
        var fresh = ComputeShares(entry.Conversion);
        var old = entry.Shares;
        List<string>? changed = null;
        foreach (var (campaign, channels) in fresh)
        {
            if (forceAll || !old.TryGetValue(campaign, out var before) || !SameChannels(before, channels))
            {
                (changed ??= []).Add(campaign);
            }
        }
        foreach (var campaign in old.Keys)
        {
            if (!fresh.ContainsKey(campaign))
            {
                (changed ??= []).Add(campaign);
            }
        }
        // Campaigns a failed delivery may have left holding credit (or lacking a retraction).
        foreach (var campaign in entry.Undelivered ?? [])
        {
            if (!fresh.ContainsKey(campaign) && !old.ContainsKey(campaign))
            {
                (changed ??= []).Add(campaign);
            }
        }
        entry.Shares = fresh;
        entry.EmittedAs = PersonKey;
        entry.Undelivered = null;
        if (changed is null)
        {
            return;
        }
        entry.Version = Math.Max(entry.Version + 1, minimumVersion);
        var c = entry.Conversion;
        var day = DateOnly.FromDateTime(c.OccurredAt);
        changed.Sort(StringComparer.Ordinal);
        foreach (var campaign in changed)
        {
            var channels = fresh.TryGetValue(campaign, out var now) ? now : [];
            output.Add(new CampaignCredit(
                campaign == UnattributedKey ? null : campaign,
                c.EventId, entry.Version, PersonKey, day, c.Kind, c.Value, channels, c.Store));
        }
    }

    private static bool SameChannels(ChannelWeights[] a, ChannelWeights[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].SameAs(b[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly ChannelWeights[] UnattributedShare =
        [new ChannelWeights("", [1, 1, 1, 1, 1])];

    private Dictionary<string, ChannelWeights[]> ComputeShares(Conversion conversion)
    {
        var start = FirstAtOrAfter(conversion.OccurredAt - settings.Lookback);
        var end = FirstAfter(conversion.OccurredAt);
        var n = end - start;
        if (n <= 0)
        {
            return new(StringComparer.Ordinal) { [UnattributedKey] = UnattributedShare };
        }

        var times = ArrayPool<DateTime>.Shared.Rent(n);
        var weights = ArrayPool<double>.Shared.Rent(n * AttributionModels.Count);
        try
        {
            for (var i = 0; i < n; i++)
            {
                times[i] = touches[start + i].OccurredAt;
            }
            var models = settings.Models.All;
            for (var m = 0; m < AttributionModels.Count; m++)
            {
                models[m].Weigh(times.AsSpan(0, n), conversion.OccurredAt, weights.AsSpan(m * n, n));
            }

            // Sum the weights of touches sharing campaign and channel, in path order.
            var groups = new List<(string Campaign, string Channel, double[] Weights)>();
            for (var i = 0; i < n; i++)
            {
                var touch = touches[start + i];
                var g = groups.FindIndex(x =>
                    string.Equals(x.Campaign, touch.Campaign, StringComparison.Ordinal) &&
                    string.Equals(x.Channel, touch.Channel, StringComparison.Ordinal));
                if (g < 0)
                {
                    groups.Add((touch.Campaign, touch.Channel, new double[AttributionModels.Count]));
                    g = groups.Count - 1;
                }
                var sums = groups[g].Weights;
                for (var m = 0; m < AttributionModels.Count; m++)
                {
                    sums[m] += weights[m * n + i];
                }
            }

            var shares = new Dictionary<string, ChannelWeights[]>(StringComparer.Ordinal);
            foreach (var byCampaign in groups.GroupBy(x => x.Campaign, StringComparer.Ordinal))
            {
                shares[byCampaign.Key] = byCampaign
                    .OrderBy(x => x.Channel, StringComparer.Ordinal)
                    .Select(x => new ChannelWeights(x.Channel, x.Weights))
                    .ToArray();
            }
            return shares;
        }
        finally
        {
            ArrayPool<DateTime>.Shared.Return(times);
            ArrayPool<double>.Shared.Return(weights);
        }
    }

    private int InsertionIndex(Touchpoint touchpoint)
    {
        var i = touches.BinarySearch(touchpoint, TouchOrder.Instance);
        return i < 0 ? ~i : i;
    }

    private int FirstAtOrAfter(DateTime time)
    {
        int lo = 0, hi = touches.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (touches[mid].OccurredAt < time) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int FirstAfter(DateTime time)
    {
        int lo = 0, hi = touches.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (touches[mid].OccurredAt <= time) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private sealed class ConversionEntry(Conversion conversion)
    {
        public Conversion Conversion { get; } = conversion;
        public long Version { get; set; }
        /// <summary>The person key the current shares were sent under.</summary>
        public string EmittedAs { get; set; } = "";
        public Dictionary<string, ChannelWeights[]> Shares { get; set; } = new(StringComparer.Ordinal);
        /// <summary>Campaigns whose last delivery for this conversion failed; null when none did.</summary>
        public HashSet<string>? Undelivered { get; set; }
    }

    private static string? ToCampaign(string key) => key == UnattributedKey ? null : key;

    /// <summary>Path order of contract section 4: by time, ties by event id (ordinal).</summary>
    private sealed class TouchOrder : IComparer<Touchpoint>
    {
        public static readonly TouchOrder Instance = new();

        public int Compare(Touchpoint? x, Touchpoint? y)
        {
            var byTime = x!.OccurredAt.CompareTo(y!.OccurredAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.EventId, y.EventId);
        }
    }
}
