using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Support;

/// <summary>
/// The reports the contract implies for a set of events, computed the plain way and
/// sharing no code with the product: union-find over identity links, paths by brute
/// force, the model formulas written out again.
/// </summary>
public sealed class ReferenceAttribution
{
    public static readonly string[] Models = ["first_touch", "last_touch", "linear", "position_based", "time_decay"];

    public TimeSpan Lookback { get; init; } = TimeSpan.FromDays(30);
    public double HalfLifeDays { get; init; } = 7;
    public int MinPersons { get; init; }

    /// <summary>Declared spend: campaign → day → amount (the last declaration of a day wins).</summary>
    public Dictionary<string, Dictionary<DateOnly, double>> Spend { get; } = [];

    /// <summary>Declared channel per campaign.</summary>
    public Dictionary<string, string> CampaignChannels { get; } = [];

    /// <summary>Identity links as lists of raw subjects "kind:id".</summary>
    public List<string[]> Links { get; } = [];

    private readonly Dictionary<string, JourneyEvent> events = new(StringComparer.Ordinal);

    /// <summary>Adds events; a repeated id keeps the first (as the contract says).</summary>
    public void Add(IEnumerable<JourneyEvent> batch)
    {
        foreach (var e in batch)
        {
            events.TryAdd(e.Id, e);
        }
    }

    public static string SubjectOf(string kind, string id) => kind switch
    {
        "email" => "email_sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id.Trim().ToLowerInvariant()))),
        "email_sha256" => "email_sha256:" + id.Trim().ToLowerInvariant(),
        _ => kind + ":" + id,
    };

    public ExpectedReport Campaigns(string model, DateOnly? from = null, DateOnly? to = null) =>
        Build(model, from, to, byCampaign: true);

    public ExpectedReport Channels(string model, DateOnly? from = null, DateOnly? to = null) =>
        Build(model, from, to, byCampaign: false);

    private ExpectedReport Build(string model, DateOnly? from, DateOnly? to, bool byCampaign)
    {
        bool InRange(DateOnly d) => (from is null || d >= from) && (to is null || d <= to);
        var person = Persons();
        var touches = events.Values.Where(e => e.Type == "touchpoint").ToList();
        var conversions = events.Values.Where(e => e.Type is "transaction" or "store_visit").ToList();

        // Credit per (campaign, touch channel).
        var credit = new Dictionary<(string Campaign, string Channel), Acc>();
        var linearAllTime = new Dictionary<(string, string), double>();
        var unattributed = new Acc();
        foreach (var c in conversions)
        {
            var p = person(SubjectOf(c.SubjectKind, c.SubjectId));
            var path = touches
                .Where(t => person(SubjectOf(t.SubjectKind, t.SubjectId)) == p)
                .Where(t => t.OccurredAt >= c.OccurredAt - Lookback && t.OccurredAt <= c.OccurredAt)
                .OrderBy(t => t.OccurredAt.UtcDateTime).ThenBy(t => t.Id, StringComparer.Ordinal)
                .ToList();
            var day = DateOnly.FromDateTime(c.OccurredAt.UtcDateTime);
            var value = c.Type == "transaction" ? c.Amount!.Value : 0;
            if (path.Count == 0)
            {
                if (InRange(day)) unattributed.Add(c.Type, 1, value, p);
                continue;
            }
            var w = Weights(model, path.Select(t => c.OccurredAt - t.OccurredAt).ToList());
            var lin = Weights("linear", path.Select(t => c.OccurredAt - t.OccurredAt).ToList());
            for (var i = 0; i < path.Count; i++)
            {
                var key = (path[i].Campaign ?? "(none)", path[i].Channel!);
                linearAllTime[key] = linearAllTime.GetValueOrDefault(key) + lin[i];
                if (!InRange(day) || w[i] <= 0) continue;
                if (!credit.TryGetValue(key, out var acc)) credit[key] = acc = new Acc();
                acc.Add(c.Type, w[i], value, p);
            }
        }

        // Spend per campaign: declared per day, else the touches' costs of that day.
        var campaigns = credit.Keys.Select(k => k.Campaign)
            .Concat(Spend.Keys)
            .Concat(touches.Where(t => t.Cost > 0).Select(t => t.Campaign ?? "(none)"))
            .Distinct().ToList();
        var spend = new Dictionary<string, double>();
        foreach (var campaign in campaigns)
        {
            var declared = Spend.GetValueOrDefault(campaign) ?? [];
            var costs = touches.Where(t => (t.Campaign ?? "(none)") == campaign && t.Cost > 0)
                .GroupBy(t => DateOnly.FromDateTime(t.OccurredAt.UtcDateTime))
                .ToDictionary(g => g.Key, g => g.Sum(t => t.Cost!.Value));
            spend[campaign] = declared.Where(d => InRange(d.Key)).Sum(d => d.Value)
                + costs.Where(c => InRange(c.Key) && !declared.ContainsKey(c.Key)).Sum(c => c.Value);
        }
        string ChannelOf(string campaign) =>
            CampaignChannels.TryGetValue(campaign, out var declared) ? declared
            : linearAllTime.Where(k => k.Key.Item1 == campaign).OrderByDescending(k => Math.Round(k.Value, 9))
                .ThenBy(k => k.Key.Item2, StringComparer.Ordinal).Select(k => k.Key.Item2).FirstOrDefault()
              ?? touches.Where(t => (t.Campaign ?? "(none)") == campaign && t.Cost > 0)
                  .OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => t.Channel!).FirstOrDefault() ?? "";

        var rows = new Dictionary<string, Acc>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            var key = byCampaign ? campaign : ChannelOf(campaign);
            if (!rows.TryGetValue(key, out var acc)) rows[key] = acc = new Acc();
            acc.Spend += spend[campaign];
        }
        foreach (var ((campaign, channel), acc) in credit)
        {
            var key = byCampaign ? campaign : channel;
            if (!rows.TryGetValue(key, out var row)) rows[key] = row = new Acc();
            row.Merge(acc);
        }

        var shown = new List<ExpectedRow>();
        var suppressed = new Acc();
        foreach (var (key, acc) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (acc.Spend == 0 && acc.Conversions == 0 && acc.StoreVisits == 0 && acc.Persons.Count == 0) continue;
            if (acc.Persons.Count < MinPersons)
            {
                suppressed.Spend += acc.Spend;
                suppressed.Merge(acc);
                continue;
            }
            shown.Add(acc.ToRow(key, byCampaign ? ChannelOf(key) : key));
        }
        var bucket = suppressed.Persons.Count >= MinPersons &&
                     !(suppressed.Spend == 0 && suppressed.Conversions == 0 && suppressed.StoreVisits == 0 && suppressed.Persons.Count == 0)
            ? suppressed.ToRow("(suppressed)", "")
            : null;
        return new ExpectedReport(shown, unattributed.Conversions, unattributed.Revenue, unattributed.StoreVisits, bucket);
    }

    private double[] Weights(string model, List<TimeSpan> ages)
    {
        var n = ages.Count;
        var w = new double[n];
        switch (model)
        {
            case "first_touch": w[0] = 1; break;
            case "last_touch": w[n - 1] = 1; break;
            case "linear": for (var i = 0; i < n; i++) w[i] = 1.0 / n; break;
            case "position_based":
                if (n == 1) w[0] = 1;
                else if (n == 2) w[0] = w[1] = 0.5;
                else
                {
                    for (var i = 1; i < n - 1; i++) w[i] = 0.2 / (n - 2);
                    w[0] = w[n - 1] = 0.4;
                }
                break;
            case "time_decay":
                var raw = ages.Select(a => Math.Pow(2, -a.TotalDays / HalfLifeDays)).ToArray();
                var sum = raw.Sum();
                for (var i = 0; i < n; i++) w[i] = raw[i] / sum;
                break;
            default: throw new ArgumentException(model);
        }
        return w;
    }

    /// <summary>Union-find over the links: subject → representative.</summary>
    private Func<string, string> Persons()
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string s)
        {
            while (parent.TryGetValue(s, out var p) && p != s) s = p;
            return s;
        }
        foreach (var link in Links)
        {
            for (var i = 1; i < link.Length; i++)
            {
                var a = Find(link[0]);
                var b = Find(link[i]);
                if (a != b) parent[b] = a;
            }
        }
        return Find;
    }

    private sealed class Acc
    {
        public double Spend;
        public double Conversions;
        public double Revenue;
        public double StoreVisits;
        public HashSet<string> Persons { get; } = new(StringComparer.Ordinal);

        public void Add(string type, double weight, double value, string person)
        {
            if (type == "transaction")
            {
                Conversions += weight;
                Revenue += weight * value;
            }
            else
            {
                StoreVisits += weight;
            }
            Persons.Add(person);
        }

        public void Merge(Acc other)
        {
            Conversions += other.Conversions;
            Revenue += other.Revenue;
            StoreVisits += other.StoreVisits;
            Persons.UnionWith(other.Persons);
        }

        public ExpectedRow ToRow(string key, string channel) =>
            new(key, channel, Spend, Conversions, Revenue, StoreVisits, Spend == 0 ? null : Revenue / Spend, Persons.Count);
    }
}

public sealed record ExpectedRow(string Key, string Channel, double Spend, double Conversions, double Revenue,
    double StoreVisits, double? Roas, int Persons);

public sealed record ExpectedReport(IReadOnlyList<ExpectedRow> Rows, double UnattributedConversions,
    double UnattributedRevenue, double UnattributedStoreVisits, ExpectedRow? Suppressed);
