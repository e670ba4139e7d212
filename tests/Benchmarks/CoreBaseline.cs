using System.Diagnostics;
using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Benchmarks;

/// <summary>
/// The pure attribution core alone, on one thread: parse the NDJSON bodies, feed one
/// <see cref="PersonLedger"/> per subject (settled once per person, as the generator groups
/// a person's events), apply the credits to one <see cref="CreditBook"/> per campaign and the
/// touch costs to a <see cref="SpendLedger"/>, then compute the figures of all five models.
/// Nothing of Orleans, HTTP, pseudonymisation or deduplication is in it: it is the ceiling.
/// </summary>
public sealed class CoreBaseline
{
    private const string UnattributedKey = "\0unattributed";

    private readonly Dictionary<string, PersonLedger> ledgers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CreditBook> books = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SpendLedger> spend = new(StringComparer.Ordinal);
    private readonly AttributionSettings settings = AttributionSettings.Default;
    private PersonLedger? current;

    public sealed record Result(int Events, TimeSpan Elapsed, ReportTotals LinearTotals, int FigureRows)
    {
        public double EventsPerSecond => Events / Elapsed.TotalSeconds;
    }

    public static Result Run(Workload workload)
    {
        var run = new CoreBaseline();
        var clock = Stopwatch.StartNew();
        var events = 0;
        foreach (var body in workload.Bodies)
        {
            events += MinimalEventParser.ReadNdjson(body, run.Add);
        }
        run.SettleCurrent();
        var (totals, rows) = run.Figures();
        clock.Stop();
        return new Result(events, clock.Elapsed, totals, rows);
    }

    private void Add(ClientEvent e)
    {
        if (current is null || !string.Equals(current.PersonKey, e.Subject, StringComparison.Ordinal))
        {
            SettleCurrent();
            if (!ledgers.TryGetValue(e.Subject, out current))
            {
                ledgers[e.Subject] = current = new PersonLedger(e.Subject, settings);
            }
        }
        if (e.Touch is { } touch)
        {
            current.AddTouchpoint(touch);
        }
        else if (e.Conversion is { } conversion)
        {
            current.AddConversion(conversion);
        }
    }

    private void SettleCurrent()
    {
        if (current is null)
        {
            return;
        }
        var changes = current.Settle();
        foreach (var credit in changes.Credits)
        {
            var key = credit.Campaign ?? UnattributedKey;
            if (!books.TryGetValue(key, out var book))
            {
                books[key] = book = new CreditBook();
            }
            book.Apply(credit);
        }
        foreach (var cost in changes.Costs)
        {
            if (!spend.TryGetValue(cost.Campaign, out var ledger))
            {
                spend[cost.Campaign] = ledger = new SpendLedger();
            }
            ledger.AddCost(cost);
        }
        current = null;
    }

    /// <summary>Every book's figures under every model; returns the linear totals and the row count.</summary>
    private (ReportTotals Linear, int Rows) Figures()
    {
        var rows = 0;
        ReportTotals? linear = null;
        foreach (var model in Enum.GetValues<AttributionModel>())
        {
            double conversions = 0, revenue = 0, visits = 0;
            foreach (var book in books.Values)
            {
                foreach (var figures in book.FiguresByChannel(model, DayRange.All).Values)
                {
                    conversions += figures.Conversions;
                    revenue += figures.Revenue;
                    visits += figures.StoreVisits;
                    rows++;
                }
            }
            if (model == AttributionModel.Linear)
            {
                var spent = spend.Values.Sum(s => s.Total(DayRange.All));
                linear = new ReportTotals(conversions, revenue, visits, spent);
            }
        }
        return (linear!, rows);
    }
}
