using System.Diagnostics;

namespace Okube.Actors.Benchmarks;

/// <summary>CPU time and garbage collections of this process over a stretch of wall-clock time.</summary>
public sealed record ResourceUse(TimeSpan Wall, TimeSpan Cpu, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public double CoresBusy => Cpu.TotalSeconds / Wall.TotalSeconds;

    public static Probe Start() => new();

    public sealed class Probe
    {
        private readonly Stopwatch wall = Stopwatch.StartNew();
        private readonly TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        private readonly TimeSpan pause = GC.GetTotalPauseDuration();

        public ResourceUse Stop() => new(
            wall.Elapsed,
            Process.GetCurrentProcess().TotalProcessorTime - cpu,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            GC.GetTotalPauseDuration() - pause);
    }
}
