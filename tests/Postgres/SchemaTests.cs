namespace Okube.Actors.Tests.Postgres;

/// <summary>infra/postgres applies from scratch and again on top of itself.</summary>
public sealed class SchemaTests
{
    /// <summary>Every query key the four ADO.NET providers of Orleans 10.4.2 look up.</summary>
    private static readonly string[] ProviderQueryKeys =
    [
        // clustering
        "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
        "MembershipReadAllKey", "MembershipReadRowKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        // grain storage
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
        // reminders
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        // streaming
        "QueueStreamMessageKey", "GetStreamMessagesKey", "ConfirmStreamMessagesKey", "FailStreamMessageKey",
        "EvictStreamMessagesKey", "EvictStreamDeadLettersKey",
    ];

    private static readonly string[] Tables =
    [
        "orleansquery", "orleansmembershipversiontable", "orleansmembershiptable", "orleansstorage",
        "orleansreminderstable", "orleansstreammessage", "orleansstreamdeadletter", "orleansstreamcontrol",
        // Okube's own (0100-*.sql).
        "okube_event_ids",
    ];

    [Fact]
    public async Task Schema_applies_to_an_empty_schema_twice_and_registers_every_provider_query()
    {
        var database = new Database(await PostgresServer.ConnectionStringAsync());
        var schema = $"schema_test_{Guid.NewGuid():N}";
        await database.ExecuteAsync($"CREATE SCHEMA {schema}");
        try
        {
            // Unqualified names in the scripts land in the first schema of the search path.
            var environment = new Dictionary<string, string> { ["PGOPTIONS"] = $"-c search_path={schema}" };
            var first = await ApplyAsync(database, environment);
            first.ExitCode.Should().Be(0, $"the first application succeeds ({first})");
            var second = await ApplyAsync(database, environment);
            second.ExitCode.Should().Be(0, $"applying again is harmless ({second})");

            var tables = await database.ListAsync(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = @s",
                r => r.GetString(0), ("s", schema));
            tables.Should().BeEquivalentTo(Tables);

            var keys = await database.ListAsync($"SELECT QueryKey FROM {schema}.OrleansQuery", r => r.GetString(0));
            keys.Should().BeEquivalentTo(ProviderQueryKeys);
        }
        finally
        {
            await database.ExecuteAsync($"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static Task<CommandResult> ApplyAsync(Database database, Dictionary<string, string> environment) =>
        ShellCommand.RunAsync("bash", [Repository.ApplySchemaScript, database.ConnectionString], environment, TimeSpan.FromMinutes(1));
}
