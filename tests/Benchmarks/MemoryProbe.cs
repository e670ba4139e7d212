using System.Runtime;
using Orleans;
using Orleans.Runtime;

namespace Okube.Actors.Benchmarks;

/// <summary>Live managed heap after full compacting collections, and forcing the silo's grains to deactivate.</summary>
public static class MemoryProbe
{
    /// <summary>Bytes still reachable after blocking, compacting gen-2 collections.</summary>
    public static long LiveBytes()
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Activations per grain type, as the management grain counts them.</summary>
    public static async Task<Dictionary<string, int>> ActivationsAsync(IGrainFactory grains)
    {
        var stats = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return stats.GroupBy(s => ShortName(s.GrainType))
            .ToDictionary(g => g.Key, g => g.Sum(s => s.ActivationCount), StringComparer.Ordinal);
    }

    /// <summary>
    /// Asks every silo to collect all idle activations, and repeats until none of the
    /// project's grains (namespace Okube.) remain active or the deadline passes.
    /// Returns the project activations still alive (0 when all went).
    /// </summary>
    public static async Task<int> DeactivateAllAsync(IGrainFactory grains, TimeSpan deadline)
    {
        var management = grains.GetGrain<IManagementGrain>(0);
        var until = DateTime.UtcNow + deadline;
        while (true)
        {
            await management.ForceActivationCollection(TimeSpan.Zero);
            var stats = await management.GetSimpleGrainStatistics();
            var left = stats.Where(s => s.GrainType.Contains("Okube.", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
            if (left == 0 || DateTime.UtcNow > until)
            {
                return left;
            }
            await Task.Delay(200);
        }
    }

    private static string ShortName(string grainType)
    {
        var name = grainType.Split(',')[0];
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
