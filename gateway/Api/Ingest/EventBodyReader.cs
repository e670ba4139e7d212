using System.Text.Json;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// Splits a request body into events: NDJSON (one object a line; a line that is not JSON
/// is that event's error), a JSON array or a MessagePack array. Null when the body cannot be
/// read at all.
/// </summary>
public static class EventBodyReader
{
    public sealed record Item(int Index, JsonElement Event, string? Error);

    public static List<Item>? ReadNdjson(ReadOnlyMemory<byte> body, out string? error)
    {
        var items = new List<Item>();
        var rest = body;
        var anyParsed = false;
        string? firstError = null;
        while (!rest.IsEmpty)
        {
            var newline = rest.Span.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? ReadOnlyMemory<byte>.Empty : rest[(newline + 1)..];
            if (IsBlank(line.Span))
            {
                continue;
            }
            var index = items.Count;
            try
            {
                using var doc = JsonDocument.Parse(line);
                items.Add(new Item(index, doc.RootElement.Clone(), null));
                anyParsed = true;
            }
            catch (JsonException e)
            {
                var message = $"not valid JSON: {e.Message}";
                firstError ??= $"event {index}: {message}";
                items.Add(new Item(index, default, message));
            }
        }
        if (items.Count == 0)
        {
            error = "the body holds no events";
            return null;
        }
        if (!anyParsed)
        {
            error = $"no line of the body is JSON ({firstError})";
            return null;
        }
        error = null;
        return items;
    }

    public static List<Item>? ReadJson(ReadOnlyMemory<byte> body, out string? error)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            error = $"the body is not valid JSON: {e.Message}";
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement.Clone();
            error = null;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return [new Item(0, root, null)];
            }
            if (root.ValueKind != JsonValueKind.Array)
            {
                error = "the body must be a JSON array of events";
                return null;
            }
            var items = new List<Item>(root.GetArrayLength());
            foreach (var e in root.EnumerateArray())
            {
                items.Add(new Item(items.Count, e, null));
            }
            return items;
        }
    }

    /// <summary>One MessagePack array of maps; an item that is no map JSON can hold is that event's error.</summary>
    public static List<Item>? ReadMessagePack(ReadOnlyMemory<byte> body, out string? error)
    {
        var items = MessagePackEvents.Read(body);
        error = items is null ? MessagePackEvents.NotOneArray : null;
        return items;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }
        return true;
    }
}
