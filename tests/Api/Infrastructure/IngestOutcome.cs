using System.Text.Json;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>The 202 body of POST /v1/events, read field by field so that its shape is checked too.</summary>
public sealed record IngestOutcome(int Accepted, int Duplicates, IReadOnlyList<Rejection> Rejected)
{
    public static IngestOutcome Parse(JsonElement body) => new(
        body.GetProperty("accepted").GetInt32(),
        body.GetProperty("duplicates").GetInt32(),
        body.GetProperty("rejected").EnumerateArray()
            .Select(r => new Rejection(r.GetProperty("index").GetInt32(), r.GetProperty("error").GetString()!))
            .ToList());
}

public sealed record Rejection(int Index, string Error);
