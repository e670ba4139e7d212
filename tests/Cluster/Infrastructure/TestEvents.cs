namespace Okube.Actors.Tests.Cluster.Infrastructure;

/// <summary>Hand-made stream events for the scenario tests.</summary>
public static class TestEvents
{
    /// <summary>A conversion time the scenarios count back from.</summary>
    public static readonly DateTime Noon = new(2026, 3, 20, 12, 0, 0, DateTimeKind.Utc);

    public static DateOnly NoonDay => DateOnly.FromDateTime(Noon);

    public static SubjectKey Cookie(string tenant, string id) => new(tenant, SubjectKind.Cookie, id);

    /// <summary>The identity grain of a subject no link has moved.</summary>
    public static string PersonOf(SubjectKey subject) => GrainKeys.Identity(subject.Tenant, subject.OwnPersonKey);

    public static SubjectEvent Touch(string id, DateTime at, string? campaign, string channel = "display", double? cost = null) => new()
    {
        Id = id,
        Kind = EventKind.Touchpoint,
        OccurredAt = at,
        AcceptedAt = DateTime.UtcNow,
        Campaign = campaign,
        Channel = channel,
        Interaction = InteractionKind.Click,
        Cost = cost,
    };

    public static SubjectEvent Purchase(string id, DateTime at, double amount) => new()
    {
        Id = id,
        Kind = EventKind.Transaction,
        OccurredAt = at,
        AcceptedAt = DateTime.UtcNow,
        Amount = amount,
        Currency = "EUR",
        OrderId = "order-" + id,
    };

    public static SubjectEvent Visit(string id, DateTime at, string store = "paris-01") => new()
    {
        Id = id,
        Kind = EventKind.StoreVisit,
        OccurredAt = at,
        AcceptedAt = DateTime.UtcNow,
        Store = store,
    };
}
