namespace Okube.Actors.Gateway.Demo;

/// <summary>
/// Deterministic synthetic shoppers: each sees 0 to 6 touches from a dozen campaigns over
/// a few weeks, then may buy online, buy in a shop or visit a shop. With
/// <paramref name="maxSubjectsPerPerson"/> above 1, a person has 1 to that many subjects
/// (cookie, mobile ad id, offline cookie, CRM id), each event happens on one of them, and
/// identity links join them (a random spanning tree). Used by the demo, the tests and the
/// benchmark.
/// </summary>
public sealed class SyntheticJourneys(int seed, DateTimeOffset start, string currency = "EUR", int maxSubjectsPerPerson = 1)
{
    public static readonly (string Campaign, string Channel)[] Campaigns =
    [
        ("c01", "display"), ("c02", "display"), ("c03", "search"), ("c04", "search"),
        ("c05", "social"), ("c06", "social"), ("c07", "email"), ("c08", "video"),
        ("c09", "affiliate"), ("c10", "display"), ("c11", "search"), ("c12", "social"),
    ];

    private static readonly string[] Interactions = ["impression", "click", "visit"];
    private static readonly string[] Stores = ["paris-01", "lyon-02", "lille-03"];
    private static readonly string[] SubjectKinds = ["cookie", "device", "offline_cookie", "crm"];

    private readonly Random random = new(seed);

    /// <summary>The events of persons [first, first + count), in journey order per person.</summary>
    public IEnumerable<JourneyEvent> Persons(int first, int count)
    {
        for (var p = first; p < first + count; p++)
        {
            foreach (var e in Person(p))
            {
                yield return e;
            }
        }
    }

    public List<JourneyEvent> Person(int index)
    {
        var events = new List<JourneyEvent>();
        var kind = SubjectKinds[random.Next(SubjectKinds.Length)];
        var subject = $"s{seed}-{index}";
        var t = start.AddMinutes(random.Next(0, 60 * 24 * 20));
        var first = t;
        var subjects = new List<(string Kind, string Id)> { (kind, subject) };
        if (maxSubjectsPerPerson > 1)
        {
            var count = 1 + random.Next(maxSubjectsPerPerson);
            for (var j = 1; j < count; j++)
            {
                subjects.Add((SubjectKinds[(Array.IndexOf(SubjectKinds, kind) + j) % SubjectKinds.Length], $"{subject}-k{j}"));
            }
        }
        (string Kind, string Id) On() => subjects.Count == 1 ? subjects[0] : subjects[random.Next(subjects.Count)];
        var touches = random.Next(0, 7);
        for (var i = 0; i < touches; i++)
        {
            var (campaign, channel) = Campaigns[random.Next(Campaigns.Length)];
            var on = On();
            events.Add(new JourneyEvent
            {
                Id = $"{subject}-t{i}",
                Type = "touchpoint",
                OccurredAt = t,
                SubjectKind = on.Kind,
                SubjectId = on.Id,
                Channel = channel,
                Interaction = Interactions[random.Next(Interactions.Length)],
                Campaign = random.Next(20) == 0 ? null : campaign,
                Cost = random.Next(4) == 0 ? Math.Round(random.NextDouble(), 3) : null,
            });
            t = t.AddMinutes(random.Next(1, 60 * 24 * 6));
        }
        var conversions = random.Next(0, 3);
        for (var c = 0; c < conversions; c++)
        {
            t = t.AddMinutes(random.Next(1, 60 * 24 * 10));
            var roll = random.Next(3);
            var on = On();
            events.Add(roll == 2
                ? new JourneyEvent
                {
                    Id = $"{subject}-v{c}", Type = "store_visit", OccurredAt = t, SubjectKind = on.Kind,
                    SubjectId = on.Id, Store = Stores[random.Next(Stores.Length)],
                }
                : new JourneyEvent
                {
                    Id = $"{subject}-o{c}", Type = "transaction", OccurredAt = t, SubjectKind = on.Kind,
                    SubjectId = on.Id, OrderId = $"o-{subject}-{c}",
                    Amount = Math.Round(5 + random.NextDouble() * 200, 2), Currency = currency,
                    Store = roll == 1 ? Stores[random.Next(Stores.Length)] : null,
                });
        }
        for (var j = 1; j < subjects.Count; j++)
        {
            var other = subjects[random.Next(j)];
            events.Add(new JourneyEvent
            {
                Id = $"{subject}-l{j}", Type = "identity_link",
                OccurredAt = first.AddMinutes(random.Next(0, 60 * 24 * 30)),
                SubjectKind = other.Kind, SubjectId = other.Id,
                LinkedSubjects = [other, subjects[j]],
                Source = LinkSourceOf(other.Kind, subjects[j].Kind),
            });
        }
        return events;
    }

    private static string LinkSourceOf(string a, string b) =>
        a == "crm" || b == "crm" ? "crm"
        : a == "offline_cookie" || b == "offline_cookie" ? "partner"
        : "form";
}
