using Npgsql;
using NpgsqlTypes;
using Okube.Actors.Grains.Tenants;

namespace Okube.Actors.Streams.Postgres;

/// <summary>Cluster mode: the event-id index's shards in table okube_event_ids (infra/postgres).</summary>
public sealed class PostgresEventIdJournal(NpgsqlDataSource dataSource, string serviceId) : IEventIdJournal
{
    public async Task<IReadOnlyCollection<UInt128>> LoadAsync(string tenant, int shard)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT hash FROM okube_event_ids WHERE service_id = $1 AND tenant = $2 AND shard = $3");
        command.Parameters.Add(new() { Value = serviceId });
        command.Parameters.Add(new() { Value = tenant });
        command.Parameters.Add(new() { Value = shard });
        var hashes = new List<UInt128>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hashes.Add(FromBytes((byte[])reader[0]));
        }
        return hashes;
    }

    public async Task AppendAsync(string tenant, int shard, IReadOnlyCollection<UInt128> hashes)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO okube_event_ids (service_id, tenant, shard, hash) " +
            "SELECT $1, $2, $3, h FROM unnest($4::bytea[]) AS h ON CONFLICT DO NOTHING");
        AddKeyAndHashes(command, tenant, shard, hashes);
        await command.ExecuteNonQueryAsync();
    }


    private void AddKeyAndHashes(NpgsqlCommand command, string tenant, int shard, IReadOnlyCollection<UInt128> hashes)
    {
        command.Parameters.Add(new() { Value = serviceId });
        command.Parameters.Add(new() { Value = tenant });
        command.Parameters.Add(new() { Value = shard });
        command.Parameters.Add(new() { Value = hashes.Select(ToBytes).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
    }

    private static byte[] ToBytes(UInt128 hash)
    {
        var bytes = new byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, hash);
        return bytes;
    }

    private static UInt128 FromBytes(byte[] bytes) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(bytes);
}
