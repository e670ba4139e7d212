using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Okube.Actors.Benchmarks;

/// <summary>The load generator's HTTP side: posts NDJSON bodies and reads the pipeline and reports.</summary>
public sealed class IngestClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Ndjson = new("application/x-ndjson");

    private readonly HttpClient http;

    public IngestClient(Uri baseAddress, string apiKey, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public sealed record PostAnswer(int Accepted, int Duplicates, int Rejected, string? FirstRejection);

    public async Task<PostAnswer> PostEventsAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Ndjson;
        using var response = await http.PostAsync("/v1/events", content);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"POST /v1/events answered {(int)response.StatusCode}: {text}");
        }
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        var rejected = root.GetProperty("rejected");
        var first = rejected.GetArrayLength() > 0 ? rejected[0].GetRawText() : null;
        return new PostAnswer(root.GetProperty("accepted").GetInt32(), root.GetProperty("duplicates").GetInt32(),
            rejected.GetArrayLength(), first);
    }

    public async Task<(long Accepted, long Processed)> GetStatusAsync()
    {
        using var json = await GetJsonAsync("/v1/pipeline/status");
        return (json.RootElement.GetProperty("accepted").GetInt64(), json.RootElement.GetProperty("processed").GetInt64());
    }

    /// <summary>GET /v1/reports/campaigns for one model, summed over rows and the unattributed bucket.</summary>
    public async Task<(ReportTotals Totals, int Rows)> GetCampaignReportAsync(string model)
    {
        using var json = await GetJsonAsync($"/v1/reports/campaigns?model={model}");
        var root = json.RootElement;
        double conversions = 0, revenue = 0, visits = 0, spend = 0;
        var rows = 0;
        foreach (var row in root.GetProperty("rows").EnumerateArray())
        {
            conversions += row.GetProperty("conversions").GetDouble();
            revenue += row.GetProperty("revenue").GetDouble();
            visits += row.GetProperty("store_visits").GetDouble();
            spend += row.GetProperty("spend").GetDouble();
            rows++;
        }
        var unattributed = root.GetProperty("unattributed");
        conversions += unattributed.GetProperty("conversions").GetDouble();
        revenue += unattributed.GetProperty("revenue").GetDouble();
        visits += unattributed.GetProperty("store_visits").GetDouble();
        if (root.TryGetProperty("suppressed", out var suppressed))
        {
            throw new InvalidOperationException($"MinPersons is 0, yet the report suppressed rows: {suppressed.GetRawText()}");
        }
        return (new ReportTotals(conversions, revenue, visits, spend), rows);
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {text}");
        }
        return JsonDocument.Parse(text);
    }

    public void Dispose() => http.Dispose();
}
