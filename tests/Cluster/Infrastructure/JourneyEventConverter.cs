using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>
/// Turns wire-shaped <see cref="JourneyEvent"/>s (what the reference reads) into the stream
/// items the gateway would publish for them, without pseudonymisation: subject ids stay as
/// given, which changes no figure.
/// </summary>
public static class JourneyEventConverter
{
    public static SubjectKey SubjectOf(string tenant, JourneyEvent e) => e.SubjectKind switch
    {
        "email" => new SubjectKey(tenant, SubjectKind.EmailSha256,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.SubjectId.Trim().ToLowerInvariant())))),
        "email_sha256" => new SubjectKey(tenant, SubjectKind.EmailSha256, e.SubjectId.Trim().ToLowerInvariant()),
        var name when SubjectKey.TryParseKind(name, out var kind) => new SubjectKey(tenant, kind, e.SubjectId),
        var other => throw new ArgumentException($"Subject kind '{other}' has no stream form here.", nameof(e)),
    };

    public static SubjectEvent ToSubjectEvent(JourneyEvent e) => ToSubjectEvent(e, tenant: null);

    public static SubjectEvent ToSubjectEvent(JourneyEvent e, string? tenant)
    {
        var at = e.OccurredAt.UtcDateTime;
        return e.Type switch
        {
            "touchpoint" => new SubjectEvent
            {
                Id = e.Id, Kind = EventKind.Touchpoint, OccurredAt = at, AcceptedAt = DateTime.UtcNow,
                Channel = e.Channel ?? throw new ArgumentException($"Touchpoint {e.Id} has no channel."),
                Interaction = Interaction(e.Interaction),
                Campaign = e.Campaign,
                Cost = e.Cost,
            },
            "transaction" => new SubjectEvent
            {
                Id = e.Id, Kind = EventKind.Transaction, OccurredAt = at, AcceptedAt = DateTime.UtcNow,
                Amount = e.Amount ?? throw new ArgumentException($"Transaction {e.Id} has no amount."),
                Currency = e.Currency, OrderId = e.OrderId, Store = e.Store,
            },
            "store_visit" => new SubjectEvent
            {
                Id = e.Id, Kind = EventKind.StoreVisit, OccurredAt = at, AcceptedAt = DateTime.UtcNow,
                Store = e.Store,
            },
            "identity_link" => new SubjectEvent
            {
                Id = e.Id, Kind = EventKind.IdentityLink, OccurredAt = at, AcceptedAt = DateTime.UtcNow,
                LinkSource = e.Source,
                LinkedSubjects = e.LinkedSubjects!.Select(s => SubjectOf(
                    tenant ?? throw new ArgumentException("A link needs the tenant of its subjects."),
                    e with { SubjectKind = s.Kind, SubjectId = s.Id })).ToArray(),
            },
            var other => throw new ArgumentException($"Event type '{other}' has no conversion here."),
        };
    }

    /// <summary>One batch per subject holding its events in the given order, as one ingest request gives.</summary>
    public static List<SubjectEventBatch> ToBatches(string tenant, IEnumerable<JourneyEvent> events) =>
        events.GroupBy(e => SubjectOf(tenant, e))
            .Select(g => new SubjectEventBatch(g.Key, g.Select(e => ToSubjectEvent(e, tenant)).ToArray()))
            .ToList();

    /// <summary>Every event in a batch of its own.</summary>
    public static List<SubjectEventBatch> ToSingleEventBatches(string tenant, IEnumerable<JourneyEvent> events) =>
        events.Select(e => new SubjectEventBatch(SubjectOf(tenant, e), [ToSubjectEvent(e, tenant)])).ToList();

    private static InteractionKind Interaction(string? name) => name switch
    {
        "impression" => InteractionKind.Impression,
        "click" => InteractionKind.Click,
        "visit" => InteractionKind.Visit,
        _ => throw new ArgumentException($"Interaction '{name}' is not one of impression, click, visit."),
    };
}
