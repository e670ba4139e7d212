using System.Text.Json;
using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Benchmarks;

/// <summary>
/// A client-side minimal NDJSON parse with <see cref="Utf8JsonReader"/>: the fields the
/// attribution core needs, no validation beyond what the mapping requires.
/// </summary>
public static class MinimalEventParser
{
    /// <summary>Touchpoints without a campaign credit "(none)", as the identity grain maps them.</summary>
    public const string NoCampaign = "(none)";

    /// <summary>Calls <paramref name="onEvent"/> for each line of an NDJSON body.</summary>
    public static int ReadNdjson(ReadOnlySpan<byte> body, Action<ClientEvent> onEvent)
    {
        var count = 0;
        while (!body.IsEmpty)
        {
            var newline = body.IndexOf((byte)'\n');
            var line = newline < 0 ? body : body[..newline];
            body = newline < 0 ? [] : body[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }
            onEvent(Parse(line));
            count++;
        }
        return count;
    }

    public static ClientEvent Parse(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        string? id = null, type = null, kind = null, subjectId = null, channel = null, campaign = null, store = null;
        string? interaction = null;
        DateTimeOffset occurredAt = default;
        double? cost = null;
        double amount = 0;
        var depth = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    depth++;
                    continue;
                case JsonTokenType.EndObject:
                    depth--;
                    continue;
                case JsonTokenType.PropertyName:
                    break;
                default:
                    continue;
            }
            if (depth == 2)
            {
                if (reader.ValueTextEquals("kind"u8)) { reader.Read(); kind = reader.GetString(); }
                else if (reader.ValueTextEquals("id"u8)) { reader.Read(); subjectId = reader.GetString(); }
                else { reader.Read(); reader.Skip(); }
                continue;
            }
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); id = reader.GetString(); }
            else if (reader.ValueTextEquals("type"u8)) { reader.Read(); type = reader.GetString(); }
            else if (reader.ValueTextEquals("occurred_at"u8)) { reader.Read(); occurredAt = reader.GetDateTimeOffset(); }
            else if (reader.ValueTextEquals("channel"u8)) { reader.Read(); channel = reader.GetString(); }
            else if (reader.ValueTextEquals("interaction"u8)) { reader.Read(); interaction = reader.GetString(); }
            else if (reader.ValueTextEquals("campaign"u8)) { reader.Read(); campaign = reader.GetString(); }
            else if (reader.ValueTextEquals("cost"u8)) { reader.Read(); cost = reader.GetDouble(); }
            else if (reader.ValueTextEquals("amount"u8)) { reader.Read(); amount = reader.GetDouble(); }
            else if (reader.ValueTextEquals("store"u8)) { reader.Read(); store = reader.GetString(); }
            else if (reader.ValueTextEquals("subject"u8)) { /* its object follows at depth 2 */ }
            else { reader.Read(); reader.Skip(); }
        }

        if (id is null || type is null || kind is null || subjectId is null)
        {
            throw new FormatException("an event lacks id, type or subject");
        }
        var subject = $"{kind}/{subjectId}";
        var at = occurredAt.UtcDateTime;
        return type switch
        {
            "touchpoint" => new ClientEvent(subject,
                new Touchpoint(id, at, campaign ?? NoCampaign, channel ?? "", InteractionOf(interaction), cost), null),
            "transaction" => new ClientEvent(subject, null, new Conversion(id, at, ConversionKind.Transaction, amount, store)),
            "store_visit" => new ClientEvent(subject, null, new Conversion(id, at, ConversionKind.StoreVisit, 0, store)),
            _ => new ClientEvent(subject, null, null),
        };
    }

    private static Interaction InteractionOf(string? name) => name switch
    {
        "click" => Interaction.Click,
        "visit" => Interaction.Visit,
        _ => Interaction.Impression,
    };
}
