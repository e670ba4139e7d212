using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Okube.Actors.Benchmarks;

/// <summary>
/// Reads a few of Orleans' own instruments (meter "Microsoft.Orleans") while the silo runs:
/// message and activation counters, to tell what an event costs, and the stream gauges,
/// to tell what the stream machinery still holds. Listening to a counter adds an
/// interlocked add per measurement; gauges are read only when a snapshot is taken.
/// </summary>
public sealed class OrleansActivity : IDisposable
{
    public const string MeterName = "Microsoft.Orleans";

    private static readonly HashSet<string> Counters =
    [
        "orleans-messaging-processing-dispatcher-received",
        "orleans-messaging-sent-local",
        "orleans-catalog-activation-created",
        "orleans-streams-persistent-stream-messages-read",
    ];

    private const string GaugePrefix = "orleans-streams-";

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, Total> counters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Total> gauges = new(StringComparer.Ordinal);

    public OrleansActivity()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name != MeterName)
            {
                return;
            }
            if (Counters.Contains(instrument.Name))
            {
                // Observable counters report their running total when recorded, counters each increment.
                var total = counters.GetOrAdd(instrument.Name, _ => new Total(instrument.IsObservable));
                l.EnableMeasurementEvents(instrument, total);
            }
            else if (instrument.Name.StartsWith(GaugePrefix, StringComparison.Ordinal) && instrument.IsObservable)
            {
                l.EnableMeasurementEvents(instrument, gauges.GetOrAdd(instrument.Name, _ => new Total(observable: true)));
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, state) => ((Total)state!).Add(value));
        listener.SetMeasurementEventCallback<int>((_, value, _, state) => ((Total)state!).Add(value));
        listener.Start();
    }

    /// <summary>Running totals of the counters seen so far.</summary>
    public IReadOnlyDictionary<string, long> CounterSnapshot()
    {
        Record();
        return counters.ToDictionary(t => t.Key, t => t.Value.Value, StringComparer.Ordinal);
    }

    /// <summary>The stream gauges now, summed over their tags (queues, caches), zero ones left out.</summary>
    public IReadOnlyDictionary<string, long> StreamGauges()
    {
        Record();
        return gauges.Where(g => g.Value.Value != 0).ToDictionary(g => g.Key, g => g.Value.Value, StringComparer.Ordinal);
    }

    private void Record()
    {
        lock (listener)
        {
            foreach (var total in counters.Values.Concat(gauges.Values).Where(t => t.Observable))
            {
                total.Reset();
            }
            listener.RecordObservableInstruments();
        }
    }

    public static IReadOnlyDictionary<string, long> Delta(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.ToDictionary(a => a.Key, a => a.Value - before.GetValueOrDefault(a.Key), StringComparer.Ordinal);

    public void Dispose() => listener.Dispose();

    private sealed class Total(bool observable)
    {
        private long value;

        public bool Observable { get; } = observable;

        public long Value => Interlocked.Read(ref value);

        public void Add(long amount) => Interlocked.Add(ref value, amount);

        public void Reset() => Interlocked.Exchange(ref value, 0);
    }
}
