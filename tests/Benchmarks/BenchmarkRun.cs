using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Okube.Actors.Benchmarks;

/// <summary>The three measurements of one run: core baseline, end to end in local mode, memory per person.</summary>
public static class BenchmarkRun
{
    private const int BaselineRepeats = 3;
    private const string ReportModel = "linear";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        Console.WriteLine($"Okube.Actors benchmark: {options.Persons:N0} persons, {options.BatchEvents:N0} events per request, " +
            $"{options.InFlight} requests in flight, seed {options.Seed}");
        Console.WriteLine($".NET {Environment.Version}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC" +
            (Debugger.IsAttached ? ", DEBUGGER ATTACHED" : "") + (IsOptimised() ? "" : ", DEBUG BUILD (figures meaningless)"));

        var generation = Stopwatch.StartNew();
        var workload = Workload.Generate(options.Persons, options.BatchEvents, options.Seed);
        Console.WriteLine($"Workload: {workload.Events:N0} events ({workload.DistinctIds:N0} distinct ids, " +
            $"{Format.Megabytes(workload.Bytes)} of NDJSON) in {workload.Bodies.Count} requests, generated in {Format.Seconds(generation.Elapsed)}");

        var baseline = MeasureBaseline(options, workload);

        using var activity = new OrleansActivity();
        await using var silo = await InProcessSilo.StartAsync();
        using var client = new IngestClient(silo.BaseAddress, InProcessSilo.RetailerKey, options.InFlight);
        var grains = silo.Services.GetRequiredService<IGrainFactory>();
        Console.WriteLine($"Silo started at {silo.BaseAddress}");

        var memoryBefore = MemoryProbe.LiveBytes();
        var countersBefore = activity.CounterSnapshot();
        Console.WriteLine("End to end: posting...");
        var endToEnd = await EndToEndRun.RunAsync(client, workload, options.InFlight);
        var counters = OrleansActivity.Delta(countersBefore, activity.CounterSnapshot());
        var activations = await MemoryProbe.ActivationsAsync(grains);
        Console.WriteLine($"  converged in {Format.Seconds(endToEnd.Converged)} (last POST answered at {Format.Seconds(endToEnd.Ingest)})");

        Check(endToEnd.Accepted == workload.DistinctIds,
            $"accepted {endToEnd.Accepted:N0} differs from the {workload.DistinctIds:N0} distinct event ids sent");
        Check(endToEnd.Duplicates == workload.Events - workload.DistinctIds,
            $"{endToEnd.Duplicates:N0} duplicates reported, {workload.Events - workload.DistinctIds:N0} expected");
        var (reportTotals, reportRows) = await client.GetCampaignReportAsync(ReportModel);
        Check(reportRows > 0, $"the {ReportModel} campaign report has no rows");
        Check(reportTotals.Matches(baseline.LinearTotals),
            $"the {ReportModel} report sums to {reportTotals}; the core baseline computed {baseline.LinearTotals}");
        Console.WriteLine($"  report ({ReportModel}): {reportRows} rows, {reportTotals} = the core baseline's sums");

        var memoryActive = MemoryProbe.LiveBytes();
        var gaugesActive = activity.StreamGauges();
        var left = await MemoryProbe.DeactivateAllAsync(grains, TimeSpan.FromSeconds(60));
        Check(left == 0, $"{left} project grain activations still alive after forced collection");
        var memoryIdle = MemoryProbe.LiveBytes();
        var gaugesIdle = activity.StreamGauges();
        var (statusAccepted, statusProcessed) = await client.GetStatusAsync();
        Check(statusAccepted == endToEnd.Accepted && statusProcessed == statusAccepted,
            $"after deactivation the pipeline status is accepted {statusAccepted:N0}, processed {statusProcessed:N0}");

        var perActive = (memoryActive - memoryBefore) / (double)workload.Persons;
        var perIdle = (memoryIdle - memoryBefore) / (double)workload.Persons;
        var table = new ResultTable()
            .Add("Core baseline: pure core, 1 thread (parse, ledgers, credit books, figures of 5 models)",
                $"{Format.Count(baseline.EventsPerSecond)} events/s", Format.Ratio(1))
            .Add("End to end, local mode (first POST to processed = accepted)",
                $"{Format.Count(endToEnd.EventsPerSecond)} events/s", Format.Ratio(endToEnd.EventsPerSecond / baseline.EventsPerSecond))
            .Add("Ingest only (first POST to last POST answered)",
                $"{Format.Count(endToEnd.IngestEventsPerSecond)} events/s", Format.Ratio(endToEnd.IngestEventsPerSecond / baseline.EventsPerSecond))
            .Add("Memory per active person (grains activated)", $"{Format.Count(perActive)} B")
            .Add("Memory per idle person (deactivated, state in memory storage)", $"{Format.Count(perIdle)} B");

        Console.WriteLine();
        Console.WriteLine(table);
        PrintDetails(workload, endToEnd, counters, activations, memoryBefore, memoryActive, memoryIdle);
        PrintGauges("stream gauges after convergence", gaugesActive);
        PrintGauges("stream gauges after deactivation", gaugesIdle);
        if (options.HoldSeconds > 0)
        {
            Console.WriteLine($"Holding the idle silo for {options.HoldSeconds} s (process {Environment.ProcessId})...");
            await Task.Delay(TimeSpan.FromSeconds(options.HoldSeconds));
        }
        GC.KeepAlive(workload);
        return 0;
    }

    private static CoreBaseline.Result MeasureBaseline(BenchOptions options, Workload workload)
    {
        // Warm the JIT on a small workload of another seed, then keep the best of a few runs.
        CoreBaseline.Run(Workload.Generate(Math.Min(2_000, options.Persons), options.BatchEvents, options.Seed + 1));
        CoreBaseline.Result? best = null;
        for (var i = 0; i < BaselineRepeats; i++)
        {
            MemoryProbe.LiveBytes();
            var run = CoreBaseline.Run(workload);
            Check(run.Events == workload.Events, $"the baseline read {run.Events:N0} events of {workload.Events:N0}");
            Console.WriteLine($"Core baseline run {i + 1}: {Format.Count(run.EventsPerSecond)} events/s ({Format.Seconds(run.Elapsed)}, {run.FigureRows} figure rows)");
            if (best is null || run.Elapsed < best.Elapsed)
            {
                best = run;
            }
        }
        return best!;
    }

    private static void PrintDetails(Workload workload, EndToEndRun.Result run, IReadOnlyDictionary<string, long> counters,
        Dictionary<string, int> activations, long before, long active, long idle)
    {
        var r = run.Resources;
        Console.WriteLine("Details:");
        Console.WriteLine($"- convergence lag after the last POST: {Format.Seconds(run.Converged - run.Ingest)}");
        Console.WriteLine($"- process CPU during the end-to-end run: {Format.Seconds(r.Cpu)} over {Format.Seconds(r.Wall)} " +
            $"= {Format.Fixed(r.CoresBusy, 2)} of {Environment.ProcessorCount} cores " +
            $"({Format.Fixed(r.Cpu.TotalMilliseconds * 1000 / workload.Events, 1)} µs CPU per event)");
        Console.WriteLine($"- garbage collections: {r.Gen0} gen0, {r.Gen1} gen1, {r.Gen2} gen2, {Format.Seconds(r.GcPause)} paused");
        foreach (var (name, value) in counters.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"- {name}: {Format.Count(value)} ({Format.Fixed(value / (double)workload.Events, 2)} per event, " +
                $"{Format.Fixed(value / (double)workload.Persons, 2)} per person)");
        }
        Console.WriteLine("- activations after convergence: " + string.Join(", ",
            activations.Where(a => a.Value > 0).OrderByDescending(a => a.Value).Select(a => $"{a.Key} {Format.Count(a.Value)}")));
        Console.WriteLine($"- live heap: {Format.Megabytes(before)} before ingest, {Format.Megabytes(active)} active, {Format.Megabytes(idle)} idle");
    }

    private static void PrintGauges(string title, IReadOnlyDictionary<string, long> gauges) =>
        Console.WriteLine($"- {title}: " + (gauges.Count == 0 ? "none non-zero" : string.Join(", ",
            gauges.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {Format.Count(g.Value)}"))));

    private static void Check(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException("BENCHMARK CHECK FAILED: " + failure);
        }
    }

    private static bool IsOptimised() =>
        typeof(BenchmarkRun).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);
}
