using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>Hand-made wire events (cookie subjects), fit both for the API and the reference.</summary>
public static class Journey
{
    public static JourneyEvent Touch(string id, string subject, DateTimeOffset at, string? campaign, string channel,
        double? cost = null, string interaction = "click") => new()
    {
        Id = id, Type = "touchpoint", OccurredAt = at, SubjectKind = "cookie", SubjectId = subject,
        Channel = channel, Interaction = interaction, Campaign = campaign, Cost = cost,
    };

    public static JourneyEvent Order(string id, string subject, DateTimeOffset at, double amount, string currency = "EUR") => new()
    {
        Id = id, Type = "transaction", OccurredAt = at, SubjectKind = "cookie", SubjectId = subject,
        OrderId = "order-" + id, Amount = amount, Currency = currency,
    };

    public static JourneyEvent Visit(string id, string subject, DateTimeOffset at, string store = "paris-01") => new()
    {
        Id = id, Type = "store_visit", OccurredAt = at, SubjectKind = "cookie", SubjectId = subject, Store = store,
    };

    public static DateTimeOffset At(int year, int month, int day, int hour = 12) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
