using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Benchmarks;

/// <summary>
/// The synthetic events of one run, generated once before anything is timed: the NDJSON
/// request bodies (whole persons per body, in generator order) that both the baseline and
/// the end-to-end run consume.
/// </summary>
public sealed class Workload
{
    /// <summary>A fixed day, so that a seed always yields the same events.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private Workload(int persons, int events, int distinctIds, IReadOnlyList<byte[]> bodies)
    {
        Persons = persons;
        Events = events;
        DistinctIds = distinctIds;
        Bodies = bodies;
    }

    public int Persons { get; }
    public int Events { get; }
    public int DistinctIds { get; }
    public IReadOnlyList<byte[]> Bodies { get; }
    public long Bytes => Bodies.Sum(b => (long)b.Length);

    public static Workload Generate(int persons, int batchEvents, int seed)
    {
        var journeys = new SyntheticJourneys(seed, Start);
        var bodies = new List<byte[]>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<JourneyEvent>(batchEvents + 16);
        var events = 0;
        for (var p = 0; p < persons; p++)
        {
            foreach (var e in journeys.Person(p))
            {
                pending.Add(e);
                ids.Add(e.Id);
                events++;
            }
            if (pending.Count >= batchEvents)
            {
                bodies.Add(JourneyEvent.ToNdjson(pending));
                pending.Clear();
            }
        }
        if (pending.Count > 0)
        {
            bodies.Add(JourneyEvent.ToNdjson(pending));
        }
        return new Workload(persons, events, ids.Count, bodies);
    }
}
