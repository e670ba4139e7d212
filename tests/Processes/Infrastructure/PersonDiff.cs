using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Processes.Infrastructure;

/// <summary>
/// For a failed run: each person of the reference (a component of the link graph) against what
/// the cluster holds for them (their access export), listing the events a person lacks or holds
/// in excess. Says whose events went astray, which the report totals cannot.
/// </summary>
public static class PersonDiff
{
    public static async Task<string> DescribeAsync(ProcessCluster cluster, IReadOnlyList<JourneyEvent> events, int limit = 12)
    {
        var gateway = cluster.Gateway.Url;
        var astray = new List<string>();
        using var dpo = new GatewayClient(gateway, ProcessCluster.DpoKey);
        var persons = Components(events);
        var lines = new List<string>();
        foreach (var person in persons)
        {
            var expected = events.Where(e => e.Type != "identity_link" && person.Contains(SubjectOf(e.SubjectKind, e.SubjectId)))
                .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var first = person.Order(StringComparer.Ordinal).First().Split(':', 2);
            HashSet<string> held;
            string key;
            try
            {
                var export = await dpo.GetJsonAsync($"/v1/subjects/{first[0]}/{Uri.EscapeDataString(first[1])}");
                key = export.GetProperty("person").GetString() ?? "?";
                held = export.GetProperty("touchpoints").EnumerateArray().Concat(export.GetProperty("conversions").EnumerateArray())
                    .Select(x => x.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
            }
            catch (HttpRequestException e)
            {
                key = e.Message;
                held = [];
            }
            // Events older than the allowed lateness may be pruned from a person: only missing ones that are not explain nothing.
            var missing = expected.Except(held).ToList();
            var extra = held.Except(expected).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                astray.AddRange(missing);
                astray.AddRange(extra);
                lines.Add($"person of {string.Join(",", person.Order())} held as {key}: missing [{string.Join(",", missing)}] extra [{string.Join(",", extra)}]");
                if (lines.Count >= limit)
                {
                    break;
                }
            }
        }
        return lines.Count == 0
            ? "every person holds exactly its events"
            : string.Join("\n", lines) + "\n\nwhere they went:\n" + cluster.Trace(astray.Take(6).ToList()) +
              "\n\nthe persons involved:\n" + cluster.Trace(PersonsNamed(cluster.Trace(astray.Take(6).ToList())));
    }

    private static string SubjectOf(string kind, string id) => kind + ":" + id;

    /// <summary>The person keys in "Person {key} took ..." trace lines.</summary>
    private static List<string> PersonsNamed(string trace) =>
        System.Text.RegularExpressions.Regex.Matches(trace, @"Person (\S+) took").Select(m => m.Groups[1].Value).Distinct().ToList();

    private static List<HashSet<string>> Components(IEnumerable<JourneyEvent> events)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string s)
        {
            parent.TryAdd(s, s);
            while (parent[s] != s) s = parent[s] = parent[parent[s]];
            return s;
        }
        foreach (var e in events)
        {
            var subjects = e.LinkedSubjects?.Select(x => SubjectOf(x.Kind, x.Id)).ToList() ?? [SubjectOf(e.SubjectKind, e.SubjectId)];
            foreach (var s in subjects.Skip(1))
            {
                parent[Find(s)] = Find(subjects[0]);
            }
            Find(subjects[0]);
        }
        return parent.Keys.GroupBy(Find).Select(g => g.ToHashSet(StringComparer.Ordinal)).ToList();
    }
}
