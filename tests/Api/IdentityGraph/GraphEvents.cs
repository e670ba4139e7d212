using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>Wire-shaped events on subjects of any kind.</summary>
public static class GraphEvents
{
    public static JourneyEvent Touch(string id, WireSubject subject, DateTimeOffset at, string? campaign, string channel,
        double? cost = null, string interaction = "click") => new()
    {
        Id = id, Type = "touchpoint", OccurredAt = at, SubjectKind = subject.Kind, SubjectId = subject.Id,
        Channel = channel, Interaction = interaction, Campaign = campaign, Cost = cost,
    };

    public static JourneyEvent Order(string id, WireSubject subject, DateTimeOffset at, double amount, string? store = null) => new()
    {
        Id = id, Type = "transaction", OccurredAt = at, SubjectKind = subject.Kind, SubjectId = subject.Id,
        OrderId = "order-" + id, Amount = amount, Currency = "EUR", Store = store,
    };

    public static JourneyEvent Visit(string id, WireSubject subject, DateTimeOffset at, string store = "paris-01") => new()
    {
        Id = id, Type = "store_visit", OccurredAt = at, SubjectKind = subject.Kind, SubjectId = subject.Id, Store = store,
    };

    /// <summary>An identity_link; it travels on the stream of its first subject.</summary>
    public static JourneyEvent Link(string id, DateTimeOffset at, string source, IReadOnlyList<WireSubject> subjects) => new()
    {
        Id = id, Type = "identity_link", OccurredAt = at, SubjectKind = subjects[0].Kind, SubjectId = subjects[0].Id,
        LinkedSubjects = subjects.Select(s => (s.Kind, s.Id)).ToList(), Source = source,
    };
}
