using System.Net;
using System.Text;
using Okube.Actors.Tests.Api.Infrastructure;

namespace Okube.Actors.Tests.Api;

/// <summary>Contract section 3: unreadable bodies are 400, oversized ones 413, other media types 415.</summary>
[Collection(SiloCollection.Name)]
public sealed class IngestBodyTests(SiloFactory silo)
{
    private static readonly TestTenant Tenant = TestTenants.Ingest;

    [Theory]
    [InlineData(HttpApi.JsonArray, "this is not JSON")]
    [InlineData(HttpApi.JsonArray, "[{\"id\":\"x\"")]
    [InlineData(HttpApi.JsonArray, "42")]
    [InlineData(HttpApi.Ndjson, "not json\nnor this\n")]
    [InlineData(HttpApi.Ndjson, "")]
    public async Task Body_that_cannot_be_parsed_is_400_problem(string mediaType, string body)
    {
        using var client = silo.Client(Tenant.RetailerKey);

        using var response = await client.PostEventsAsync(body, mediaType);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data")]
    public async Task Unsupported_media_type_is_415_problem(string mediaType)
    {
        using var client = silo.Client(Tenant.RetailerKey);

        using var response = await client.PostEventsAsync(Touches("media", 1), mediaType);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Body_over_the_configured_limit_is_413_and_accepts_nothing()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var body = Padded("big", 3 * 1024 * 1024);
        var before = await client.StatusAsync();

        using var response = await client.PostEventsAsync(body);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await client.StatusAsync()).Accepted.Should().Be(before.Accepted);
    }

    [Fact]
    public async Task Streamed_body_without_length_over_the_limit_is_413()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var bytes = Encoding.UTF8.GetBytes(Padded("stream", 3 * 1024 * 1024));
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new(HttpApi.Ndjson);
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/events") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_accepted()
    {
        using var client = silo.Client(Tenant.RetailerKey);
        var body = Padded("fits", (int)SiloFactory.MaxBodyBytes - 1024);
        Encoding.UTF8.GetByteCount(body).Should().BeLessThan((int)SiloFactory.MaxBodyBytes);

        var outcome = await client.IngestAsync(body);

        outcome.Accepted.Should().Be(2);
        outcome.Rejected.Should().BeEmpty();
    }

    /// <summary>NDJSON touchpoints.</summary>
    private static string Touches(string prefix, int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append($$"""{"id":"{{prefix}}-{{i}}","type":"touchpoint","occurred_at":"2026-03-01T12:00:00Z","subject":{"kind":"cookie","id":"{{prefix}}"},"channel":"display","interaction":"impression"}""");
            body.Append('\n');
        }
        return body.ToString();
    }

    /// <summary>Two NDJSON touchpoints around a blank line of spaces, about totalBytes in all.</summary>
    private static string Padded(string prefix, int totalBytes)
    {
        var events = Touches(prefix, 2).Split('\n');
        var padding = new string(' ', totalBytes - events[0].Length - events[1].Length - 3);
        return $"{events[0]}\n{padding}\n{events[1]}\n";
    }
}
