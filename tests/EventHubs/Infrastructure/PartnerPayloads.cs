using System.Buffers;
using System.Globalization;
using MessagePack;
using Okube.Actors.Gateway.Demo;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>
/// Writes partner payloads as a partner would: a MessagePack array of maps keyed as the JSON
/// of contract section 3. Values: string, double, long, bool, null, DateTime (a MessagePack
/// timestamp), nested maps and lists.
/// </summary>
public static class PartnerPayloads
{
    public static byte[] Encode(IEnumerable<IReadOnlyDictionary<string, object?>> events)
    {
        var list = events.ToList();
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(buffer);
        writer.WriteArrayHeader(list.Count);
        foreach (var e in list)
        {
            Write(ref writer, e);
        }
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Encode(IEnumerable<JourneyEvent> events) => Encode(events.Select(ToMap));

    /// <summary>The partition key of an event: its subject as "kind:id" (an identity link's first subject).</summary>
    public static string PartitionKey(JourneyEvent e) => $"{e.SubjectKind}:{e.SubjectId}";

    public static Dictionary<string, object?> ToMap(JourneyEvent e)
    {
        var map = new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["type"] = e.Type,
            ["occurred_at"] = e.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
        };
        if (e.LinkedSubjects is { } linked)
        {
            map["subjects"] = linked.Select(s => (object?)Subject(s.Kind, s.Id)).ToList();
            map["source"] = e.Source;
        }
        else
        {
            map["subject"] = Subject(e.SubjectKind, e.SubjectId);
        }
        if (e.Channel is not null) map["channel"] = e.Channel;
        if (e.Interaction is not null) map["interaction"] = e.Interaction;
        if (e.Campaign is not null) map["campaign"] = e.Campaign;
        if (e.Cost is not null) map["cost"] = e.Cost.Value;
        if (e.OrderId is not null) map["order_id"] = e.OrderId;
        if (e.Amount is not null) map["amount"] = e.Amount.Value;
        if (e.Currency is not null) map["currency"] = e.Currency;
        if (e.Store is not null) map["store"] = e.Store;
        return map;
    }

    public static Dictionary<string, object?> Subject(string kind, string id) => new() { ["kind"] = kind, ["id"] = id };

    private static void Write(ref MessagePackWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNil();
                break;
            case string s:
                writer.Write(s);
                break;
            case double d:
                writer.Write(d);
                break;
            case long l:
                writer.Write(l);
                break;
            case int i:
                writer.Write(i);
                break;
            case bool b:
                writer.Write(b);
                break;
            case DateTime at:
                writer.Write(at);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    writer.Write(key);
                    Write(ref writer, item);
                }
                break;
            case IReadOnlyList<object?> items:
                writer.WriteArrayHeader(items.Count);
                foreach (var item in items)
                {
                    Write(ref writer, item);
                }
                break;
            default:
                throw new ArgumentException($"No MessagePack form here for {value.GetType().Name}.", nameof(value));
        }
    }
}
