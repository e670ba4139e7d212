using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>
/// Random persons whose events stress path building: simultaneous touches (tie by id, ids not in
/// insertion order), conversions before any touch, conversions exactly at a touch, exactly at the
/// 30-day lookback edge and just beyond it, campaigns reached through several channels.
/// </summary>
public static class JourneyGenerator
{
    private static readonly string[] Campaigns = ["k1", "k2", "k3", "k4"];
    private static readonly string[] Channels = ["display", "search", "social", "email"];
    private static readonly string[] Interactions = ["impression", "click", "visit"];

    public static List<JourneyEvent> Persons(Random random, int count)
    {
        var events = new List<JourneyEvent>();
        for (var p = 0; p < count; p++)
        {
            events.AddRange(Person(random, p));
        }
        return events;
    }

    public static List<JourneyEvent> Person(Random random, int index)
    {
        var subject = $"p{index}";
        var origin = new DateTimeOffset(ModelExtensions.Epoch).AddMinutes(random.Next(0, 60 * 24 * 20));
        var events = new List<JourneyEvent>();
        var times = new List<DateTimeOffset>();
        var touches = random.Next(0, 9);
        for (var i = 0; i < touches; i++)
        {
            var at = times.Count > 0 && random.Next(4) == 0
                ? times[random.Next(times.Count)]
                : origin.AddSeconds(random.Next(0, 60 * 60 * 24 * 70));
            times.Add(at);
            events.Add(new JourneyEvent
            {
                Id = $"{subject}-t{random.Next(100):D2}-{i}",
                Type = "touchpoint",
                OccurredAt = at,
                SubjectKind = "cookie",
                SubjectId = subject,
                Channel = Channels[random.Next(Channels.Length)],
                Interaction = Interactions[random.Next(Interactions.Length)],
                Campaign = random.Next(6) == 0 ? null : Campaigns[random.Next(Campaigns.Length)],
                Cost = random.Next(3) == 0 ? Math.Round(random.NextDouble() * 2, 3) : null,
            });
        }
        var conversions = random.Next(0, 4);
        for (var c = 0; c < conversions; c++)
        {
            var at = ConversionTime(random, origin, times);
            var store = random.Next(3) == 0;
            events.Add(random.Next(3) == 0
                ? new JourneyEvent
                {
                    Id = $"{subject}-v{c}", Type = "store_visit", OccurredAt = at, SubjectKind = "cookie",
                    SubjectId = subject, Store = "paris-01",
                }
                : new JourneyEvent
                {
                    Id = $"{subject}-o{c}", Type = "transaction", OccurredAt = at, SubjectKind = "cookie",
                    SubjectId = subject, OrderId = $"o-{subject}-{c}", Amount = Math.Round(5 + random.NextDouble() * 200, 2),
                    Currency = "EUR", Store = store ? "lyon-02" : null,
                });
        }
        return events;
    }

    private static DateTimeOffset ConversionTime(Random random, DateTimeOffset origin, List<DateTimeOffset> touches)
    {
        var mode = touches.Count == 0 ? 0 : random.Next(6);
        var touch = touches.Count == 0 ? origin : touches[random.Next(touches.Count)];
        return mode switch
        {
            1 => touch,
            2 => touch.AddDays(30),
            3 => touch.AddDays(30).AddSeconds(1),
            4 => touch.AddSeconds(-1),
            5 => touch.AddSeconds(random.Next(0, 60 * 60 * 24 * 20)),
            _ => origin.AddSeconds(random.Next(-60 * 60 * 24 * 10, 60 * 60 * 24 * 80)),
        };
    }
}
