using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Api.IdentityGraph;

/// <summary>
/// Random persons of 1 to 5 subjects of mixed kinds (cookie, device, offline_cookie, crm,
/// email under its raw and hashed spellings): touches and conversions spread over the
/// subjects, and links forming a spanning tree of the subjects, sometimes with a link of
/// three subjects and sometimes with an extra edge that closes a cycle.
/// </summary>
public sealed class PersonGraphGenerator(int seed, string prefix, DateTimeOffset start)
{
    private static readonly string[] Kinds = ["cookie", "device", "offline_cookie", "crm", "email"];
    private static readonly string[] Sources = ["form", "checkout", "crm", "partner", "login"];
    private static readonly string[] Interactions = ["impression", "click", "visit"];
    private static readonly string[] Channels = ["display", "search", "social", "email", "mobile"];

    private readonly Random random = new(seed);
    private int links;

    public Random Random => random;

    /// <summary>Campaign ids are prefixed, each with one channel; touches without campaign are "direct".</summary>
    private (string? Campaign, string Channel) PickCampaign()
    {
        var n = random.Next(7);
        return n == 6 ? (null, "direct") : ($"{prefix}-c{n}", Channels[n % Channels.Length]);
    }

    /// <summary>Adds a person's subjects and events; with <paramref name="linkTree"/>, the links that join them.</summary>
    public IReadOnlyList<GraphSubject> AddPerson(GraphScenario scenario, string person, int subjectCount, bool linkTree = true)
    {
        var subjects = Enumerable.Range(0, subjectCount).Select(i => NewSubject(person, i)).ToList();
        var origin = start.AddMinutes(random.Next(0, 60 * 24 * 15));
        var times = new List<DateTimeOffset>();
        var touches = random.Next(0, 7);
        for (var i = 0; i < touches; i++)
        {
            var at = times.Count > 0 && random.Next(6) == 0
                ? times[random.Next(times.Count)] // simultaneous touches, ordered by id
                : origin.AddSeconds(random.Next(0, 60 * 60 * 24 * 35));
            times.Add(at);
            var (campaign, channel) = PickCampaign();
            scenario.Add(GraphEvents.Touch($"{prefix}-{person}-t{random.Next(100):D2}{i}", Spell(Pick(subjects)), at,
                campaign, channel, cost: random.Next(4) == 0 ? Math.Round(random.NextDouble() * 3, 2) : null,
                interaction: Interactions[random.Next(Interactions.Length)]));
        }
        var conversions = random.Next(1, 4);
        for (var c = 0; c < conversions; c++)
        {
            var touch = times.Count > 0 ? times[random.Next(times.Count)] : origin;
            var at = random.Next(5) switch
            {
                0 => touch.AddDays(30), // at the lookback edge
                1 => touch.AddDays(30).AddSeconds(1),
                2 => touch.AddSeconds(random.Next(0, 60 * 60 * 24 * 20)),
                _ => origin.AddSeconds(random.Next(0, 60 * 60 * 24 * 40)),
            };
            var subject = Spell(Pick(subjects));
            scenario.Add(random.Next(3) == 0
                ? GraphEvents.Visit($"{prefix}-{person}-v{c}", subject, at, store: "store-" + random.Next(3))
                : GraphEvents.Order($"{prefix}-{person}-o{c}", subject, at, Math.Round(5 + random.NextDouble() * 200, 2),
                    store: random.Next(2) == 0 ? "store-" + random.Next(3) : null));
        }
        if (linkTree)
        {
            AddLinkTree(scenario, subjects, origin);
        }
        return subjects;
    }

    private void AddLinkTree(GraphScenario scenario, List<GraphSubject> subjects, DateTimeOffset origin)
    {
        var order = subjects.ToArray();
        random.Shuffle(order);
        for (var i = 1; i < order.Length; i++)
        {
            var j = random.Next(i);
            var members = new List<GraphSubject> { order[i], order[j] };
            if (i >= 2 && random.Next(4) == 0)
            {
                // A link of three subjects: the third is already joined to the other.
                members.Add(order[(j + 1 + random.Next(i - 1)) % i]);
            }
            Link(scenario, origin, members);
        }
        if (order.Length >= 3 && random.Next(3) == 0)
        {
            var a = random.Next(order.Length);
            var b = (a + 1 + random.Next(order.Length - 1)) % order.Length;
            Link(scenario, origin, [order[a], order[b]]); // closes a cycle
        }
    }

    /// <summary>Adds a link between the subjects (any spellings, in random order), dated near the origin.</summary>
    public JourneyEvent Link(GraphScenario scenario, DateTimeOffset near, IReadOnlyList<GraphSubject> members)
    {
        var spelled = members.Select(Spell).ToArray();
        random.Shuffle(spelled);
        return scenario.Link($"{prefix}-l{links++}", near.AddSeconds(random.Next(0, 60 * 60 * 24 * 30)),
            Sources[random.Next(Sources.Length)], spelled);
    }

    /// <summary>One of the ways a subject may be sent.</summary>
    public WireSubject Spell(GraphSubject subject)
    {
        if (subject.Kind != "email")
        {
            return new WireSubject(subject.Kind, subject.Id);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(subject.Id));
        return random.Next(4) switch
        {
            0 => new WireSubject("email", subject.Id),
            1 => new WireSubject("email", "  " + subject.Id.ToUpperInvariant() + " "),
            2 => new WireSubject("email_sha256", Convert.ToHexStringLower(hash)),
            _ => new WireSubject("email_sha256", Convert.ToHexString(hash)),
        };
    }

    private string NewAdvertisingId()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString().ToUpperInvariant();
    }

    private GraphSubject Pick(List<GraphSubject> subjects) => subjects[random.Next(subjects.Count)];

    private GraphSubject NewSubject(string person, int i)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        return new GraphSubject(kind, kind switch
        {
            "email" => $"{prefix}.{person}.{i}@shop.example",
            "device" => NewAdvertisingId(),
            _ => $"{prefix}-{person}-{kind}-{i}",
        });
    }
}
