using Okube.Actors.Identities;

namespace Okube.Actors.Grains.Identities;

/// <summary>
/// What an identity persists: its events, and each conversion's credit version. Credit
/// shares are derived again on activation rather than stored.
/// </summary>
[GenerateSerializer]
public sealed class IdentityState
{
    [Id(0)] public List<StoredTouchpoint> Touchpoints { get; set; } = [];
    [Id(1)] public List<StoredConversion> Conversions { get; set; } = [];
    /// <summary>Ids of events with no attribution effect now (links, events pruned as final), kept for deduplication.</summary>
    [Id(2)] public List<string> OtherEventIds { get; set; } = [];
    /// <summary>Grain keys of the subjects that belong to this person.</summary>
    [Id(3)] public List<string> Subjects { get; set; } = [];
    [Id(4)] public List<StoredLink> Links { get; set; } = [];
    /// <summary>Set once this person was merged into another: every call is passed on there.</summary>
    [Id(5)] public string? ForwardTo { get; set; }
    /// <summary>
    /// Set, and stored, before this person hands its state over: a merge cut short (a
    /// timeout, a silo leaving) is finished by the next call, before anything else, so a
    /// person the survivor may already hold never goes on crediting on its own.
    /// </summary>
    [Id(6)] public string? MergingInto { get; set; }
    /// <summary>
    /// Events applied whose processed count a failed delivery left unsent. Stored, because
    /// once the events are stored a redelivery finds them known and would not count them.
    /// </summary>
    [Id(7)] public int UnsentProcessed { get; set; }
    /// <summary>Touch costs a failed delivery left unsent, stored for the same reason.</summary>
    [Id(8)] public List<CampaignTouchCost> UnsentCosts { get; set; } = [];
    /// <summary>
    /// Set by an erasure: the person's events are gone and only this marker and its subjects'
    /// pseudonyms stay, as a suppression record; anything still on its way is dropped.
    /// </summary>
    [Id(9)] public bool Erased { get; set; }
    /// <summary>When the retention reminder is due (the person's next expiry); null when none is registered.</summary>
    [Id(10)] public DateTime? RetentionDue { get; set; }
    /// <summary>The newest event the person ever had, kept when pruning empties the ledger, for person retention.</summary>
    [Id(11)] public DateTime? NewestEventSeen { get; set; }
}

