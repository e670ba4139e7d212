using System.Text.Json;
using MessagePack;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// Reads a MessagePack array of maps with the keys of contract section 3 (an HTTP body or a
/// partner payload): each map becomes the JSON object the validator takes; an item that
/// cannot is that item's error, and its neighbours still count.
/// </summary>
public static class MessagePackEvents
{
    public const string NotOneArray = "the body is not one MessagePack array";
    public const string NotAMap = "not a map of MessagePack values JSON can hold";

    private static readonly MessagePackSerializerOptions Untrusted =
        MessagePackSerializerOptions.Standard.WithSecurity(MessagePackSecurity.UntrustedData);

    /// <summary>The items of a body that is exactly one MessagePack array; null otherwise.</summary>
    public static List<EventBodyReader.Item>? Read(ReadOnlyMemory<byte> body)
    {
        var raw = SplitArray(body);
        if (raw is null)
        {
            return null;
        }
        var items = new List<EventBodyReader.Item>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            items.Add(TryReadJson(raw[i], out var json)
                ? new EventBodyReader.Item(i, json, null)
                : new EventBodyReader.Item(i, default, NotAMap));
        }
        return items;
    }

    private static List<ReadOnlyMemory<byte>>? SplitArray(ReadOnlyMemory<byte> body)
    {
        try
        {
            var reader = new MessagePackReader(body);
            if (reader.End || reader.NextMessagePackType != MessagePackType.Array)
            {
                return null;
            }
            var count = reader.ReadArrayHeader();
            var items = new List<ReadOnlyMemory<byte>>(Math.Min(count, 4096));
            for (var i = 0; i < count; i++)
            {
                var start = (int)reader.Consumed;
                reader.Skip();
                items.Add(body[start..(int)reader.Consumed]);
            }
            return reader.End ? items : null;
        }
        catch (Exception e) when (e is MessagePackSerializationException or EndOfStreamException)
        {
            return null;
        }
    }

    private static bool TryReadJson(ReadOnlyMemory<byte> item, out JsonElement json)
    {
        json = default;
        try
        {
            var text = MessagePackSerializer.ConvertToJson(item, Untrusted);
            using var document = JsonDocument.Parse(text);
            json = document.RootElement.Clone();
            return json.ValueKind == JsonValueKind.Object;
        }
        catch (Exception e) when (e is MessagePackSerializationException or JsonException)
        {
            return false;
        }
    }
}
