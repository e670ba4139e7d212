using System.Net;
using System.Text.Json;

namespace Okube.Actors.Tests.Api.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem answer with this status; returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);
        using var doc = JsonDocument.Parse(text);
        var body = doc.RootElement.Clone();
        body.GetProperty("status").GetInt32().Should().Be((int)status);
        return body;
    }
}
