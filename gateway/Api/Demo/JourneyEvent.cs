using System.Buffers;
using System.Text.Json;

namespace Okube.Actors.Gateway.Demo;

/// <summary>A synthetic event in wire shape (contract section 3), writable as one NDJSON line.</summary>
public sealed record JourneyEvent
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string SubjectKind { get; init; }
    public required string SubjectId { get; init; }
    public string? Channel { get; init; }
    public string? Interaction { get; init; }
    public string? Campaign { get; init; }
    public double? Cost { get; init; }
    public string? OrderId { get; init; }
    public double? Amount { get; init; }
    public string? Currency { get; init; }
    public string? Store { get; init; }

    /// <summary>identity_link only: the linked subjects (kind, id); the first is also SubjectKind/SubjectId.</summary>
    public IReadOnlyList<(string Kind, string Id)>? LinkedSubjects { get; init; }

    /// <summary>identity_link only: form, checkout, crm, partner or login.</summary>
    public string? Source { get; init; }

    /// <summary>An IAB TCF v2 TC string, when the event carries one.</summary>
    public string? Consent { get; init; }

    public void WriteJson(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", Id);
        w.WriteString("type", Type);
        w.WriteString("occurred_at", OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", System.Globalization.CultureInfo.InvariantCulture));
        if (LinkedSubjects is { } linked)
        {
            w.WriteStartArray("subjects");
            foreach (var (kind, id) in linked)
            {
                w.WriteStartObject();
                w.WriteString("kind", kind);
                w.WriteString("id", id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteString("source", Source);
        }
        else
        {
            w.WriteStartObject("subject");
            w.WriteString("kind", SubjectKind);
            w.WriteString("id", SubjectId);
            w.WriteEndObject();
        }
        if (Channel is not null) w.WriteString("channel", Channel);
        if (Interaction is not null) w.WriteString("interaction", Interaction);
        if (Campaign is not null) w.WriteString("campaign", Campaign);
        if (Cost is not null) w.WriteNumber("cost", Cost.Value);
        if (OrderId is not null) w.WriteString("order_id", OrderId);
        if (Amount is not null) w.WriteNumber("amount", Amount.Value);
        if (Currency is not null) w.WriteString("currency", Currency);
        if (Store is not null) w.WriteString("store", Store);
        if (Consent is not null) w.WriteString("consent", Consent);
        w.WriteEndObject();
    }

    /// <summary>Writes events as an NDJSON body.</summary>
    public static byte[] ToNdjson(IEnumerable<JourneyEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        foreach (var e in events)
        {
            e.WriteJson(writer);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
        }
        return buffer.WrittenSpan.ToArray();
    }
}
