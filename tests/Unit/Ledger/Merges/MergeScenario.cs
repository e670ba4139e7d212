using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;
using static Okube.Actors.Tests.Unit.Ledger.Merges.MergeFixtures;

namespace Okube.Actors.Tests.Unit.Ledger.Merges;

/// <summary>
/// Random persons of 1 to 5 cookie subjects: touches (some simultaneous, some with a cost)
/// and conversions spread over the subjects, and links forming a spanning tree of each
/// person's subjects, sometimes a link of three, sometimes an extra edge closing a cycle.
/// Subject names start with a random number, so which person key survives a merge is random.
/// </summary>
public sealed class MergeScenario
{
    private static readonly string[] Channels = ["display", "search", "social", "email"];

    public List<JourneyEvent> Events { get; } = [];

    /// <summary>Links as lists of subjects.</summary>
    public List<string[]> Links { get; } = [];

    public static MergeScenario Generate(Random random, int persons)
    {
        var scenario = new MergeScenario();
        for (var p = 0; p < persons; p++)
        {
            scenario.AddPerson(random, p);
        }
        return scenario;
    }

    /// <summary>The reference over the final graph; costs left out (spend is checked on its own).</summary>
    public ReferenceAttribution Reference()
    {
        var reference = new ReferenceAttribution();
        reference.Add(Events.Select(e => e with { Cost = null }));
        reference.Links.AddRange(Links.Select(l => l.Select(ReferenceSubjectOf).ToArray()));
        return reference;
    }

    private void AddPerson(Random random, int p)
    {
        var subjects = Enumerable.Range(0, random.Next(1, 6)).Select(i => $"{random.Next(1000):D3}-p{p}-{i}").ToArray();
        var origin = T0.AddMinutes(random.Next(0, 60 * 24 * 20));
        var times = new List<DateTime>();
        for (var i = random.Next(0, 7); i > 0; i--)
        {
            var at = times.Count > 0 && random.Next(5) == 0 ? times[random.Next(times.Count)] : origin.AddMinutes(random.Next(0, 60 * 24 * 35));
            times.Add(at);
            var campaign = random.Next(6) == 0 ? null : "c" + random.Next(5);
            Events.Add(Touch($"p{p}-t{random.Next(100):D2}{i}", Pick(random, subjects), at, campaign,
                Channels[random.Next(Channels.Length)], cost: random.Next(3) == 0 ? 0.25 * random.Next(1, 9) : null));
        }
        for (var c = random.Next(1, 4); c > 0; c--)
        {
            var touch = times.Count > 0 ? times[random.Next(times.Count)] : origin;
            var at = random.Next(4) switch
            {
                0 => touch.AddDays(30),
                1 => touch.AddMinutes(random.Next(0, 60 * 24 * 10)),
                _ => origin.AddMinutes(random.Next(0, 60 * 24 * 40)),
            };
            Events.Add(random.Next(3) == 0
                ? Visit($"p{p}-v{c}", Pick(random, subjects), at)
                : Purchase($"p{p}-o{c}", Pick(random, subjects), at, Math.Round(5 + random.NextDouble() * 100, 2)));
        }
        random.Shuffle(subjects);
        for (var i = 1; i < subjects.Length; i++)
        {
            var j = random.Next(i);
            Links.Add(i >= 2 && random.Next(4) == 0
                ? [subjects[i], subjects[j], subjects[(j + 1 + random.Next(i - 1)) % i]]
                : [subjects[i], subjects[j]]);
        }
        if (subjects.Length >= 3 && random.Next(2) == 0)
        {
            Links.Add([subjects[0], subjects[^1]]);
        }
    }

    private static string Pick(Random random, string[] subjects) => subjects[random.Next(subjects.Length)];
}
