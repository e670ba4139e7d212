using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>The API calls the tests make, as extension methods of an authenticated client.</summary>
public static class HttpApi
{
    public const string Ndjson = "application/x-ndjson";
    public const string JsonArray = "application/json";

    public static Task<HttpResponseMessage> PostEventsAsync(this HttpClient client, string body, string mediaType = Ndjson) =>
        client.PostAsync("/v1/events", new StringContent(body, Encoding.UTF8, mediaType));

    /// <summary>Posts a body that must be answered 202, and returns the outcome.</summary>
    public static async Task<IngestOutcome> IngestAsync(this HttpClient client, string body, string mediaType = Ndjson)
    {
        using var response = await client.PostEventsAsync(body, mediaType);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, text);
        using var doc = JsonDocument.Parse(text);
        return IngestOutcome.Parse(doc.RootElement);
    }

    public static Task<IngestOutcome> IngestAsync(this HttpClient client, IEnumerable<JourneyEvent> events, string mediaType = Ndjson) =>
        client.IngestAsync(mediaType == Ndjson ? ToNdjson(events) : ToJsonArray(events), mediaType);

    public static string ToNdjson(IEnumerable<JourneyEvent> events) => Encoding.UTF8.GetString(JourneyEvent.ToNdjson(events));

    public static string ToJsonArray(IEnumerable<JourneyEvent> events)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var e in events)
            {
                e.WriteJson(writer);
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>GETs a JSON body that must be answered 200.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {url} answered {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>GET /v1/reports/{campaigns|channels}?model=...[&amp;from=...&amp;to=...].</summary>
    public static Task<JsonElement> GetReportAsync(this HttpClient client, string by, string model,
        DateOnly? from = null, DateOnly? to = null)
    {
        var url = $"/v1/reports/{by}?model={model}";
        if (from is not null) url += $"&from={from:yyyy-MM-dd}";
        if (to is not null) url += $"&to={to:yyyy-MM-dd}";
        return client.GetJsonAsync(url);
    }

    public static async Task PutCampaignAsync(this HttpClient client, string id, string name, string channel)
    {
        using var response = await client.PutAsJsonAsync($"/v1/campaigns/{id}", new { name, channel });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>POSTs spend rows given as raw JSON; returns the answer's JSON after checking it is 200.</summary>
    public static async Task<JsonElement> PostSpendAsync(this HttpClient client, string campaign, string rowsJson)
    {
        using var response = await client.PostAsync($"/v1/campaigns/{campaign}/spend",
            new StringContent(rowsJson, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    /// <summary>POSTs spend rows for some days; every one must be recorded.</summary>
    public static async Task PostSpendAsync(this HttpClient client, string campaign, IEnumerable<(DateOnly Day, double Amount)> rows)
    {
        var json = JsonSerializer.Serialize(rows.Select(r => new { date = r.Day.ToString("yyyy-MM-dd"), amount = r.Amount }));
        var answer = await client.PostSpendAsync(campaign, json);
        answer.GetProperty("rejected").GetArrayLength().Should().Be(0, answer.ToString());
    }
}
