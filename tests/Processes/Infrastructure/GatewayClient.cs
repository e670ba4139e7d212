using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.Processes.Infrastructure;

/// <summary>What a partner's sender does: post batches, and resend a batch until all of it is accepted.</summary>
public sealed class GatewayClient(Uri gateway, string key) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };

    public async Task SendUntilAcceptedAsync(IReadOnlyList<JourneyEvent> batch, TimeSpan timeout)
    {
        var body = JourneyEvent.ToNdjson(batch);
        var deadline = DateTime.UtcNow + timeout;
        string last = "";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/events") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                using var response = await http.SendAsync(request);
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    // Anything rejected here is "temporarily unavailable": sending the batch again is
                    // safe, the events already taken count as duplicates.
                    if (result.RootElement.GetProperty("rejected").GetArrayLength() == 0)
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"A batch was not accepted within {timeout}; last answer: {last}");
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {path}: {(int)response.StatusCode} {text}");
        }
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    public void Dispose() => http.Dispose();
}
