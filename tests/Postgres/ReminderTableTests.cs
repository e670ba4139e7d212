using Microsoft.Extensions.DependencyInjection;

namespace Okube.Actors.Tests.Postgres;

/// <summary>The ADO.NET reminder table's reads by ring range and its ETag-guarded removal.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class ReminderTableTests(PostgresClusterFixture fixture)
{
    private const string Name = "ranged";

    [Fact]
    public async Task Range_reads_return_exactly_the_reminders_whose_grain_hash_lies_in_the_ring_range()
    {
        var table = Table();
        var grains = Enumerable.Range(0, 12).Select(_ => GrainId.Create("range-probe", Guid.NewGuid().ToString("N"))).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(new ReminderEntry
            {
                GrainId = grain,
                ReminderName = Name,
                StartAt = DateTime.UtcNow.AddHours(1),
                Period = TimeSpan.FromMinutes(5),
            }, CancellationToken.None);
        }
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToList();

        (uint Begin, uint End)[] ranges =
        [
            (hashes[2], hashes[8]),          // plain
            (hashes[8], hashes[2]),          // wraps past the top of the ring
            (hashes[5], hashes[5]),          // the whole ring
            (0x7FFF_FF00u, 0x8000_0100u),    // plain, but wraps in signed order
            (0x8000_0100u, 0x7FFF_FF00u),    // wraps, but not in signed order
            (0u, uint.MaxValue),
        ];
        foreach (var (begin, end) in ranges)
        {
            var read = await table.ReadRows(begin, end, CancellationToken.None);
            var ours = read.Reminders.Where(r => grains.Contains(r.GrainId)).Select(r => r.GrainId);
            ours.Should().BeEquivalentTo(grains.Where(g => InRing(g.GetUniformHashCode(), begin, end)), $"range ({begin:X8}, {end:X8}]");
        }

        foreach (var grain in grains)
        {
            var etag = (await table.ReadRow(grain, Name, CancellationToken.None))?.ETag;
            etag.Should().Be("0", "a reminder inserted once is at version 0");
            (await table.RemoveRow(grain, Name, "1", CancellationToken.None)).Should().BeFalse("a stale ETag does not remove");
            (await table.RemoveRow(grain, Name, etag!, CancellationToken.None)).Should().BeTrue();
        }
        (await table.ReadRows(0u, 0u, CancellationToken.None)).Reminders.Where(r => grains.Contains(r.GrainId)).Should().BeEmpty();
    }

    /// <summary>Orleans' ring ranges are (begin, end], wrapping past uint.MaxValue, the whole ring when begin = end.</summary>
    private static bool InRing(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private IReminderTable Table() => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
}
