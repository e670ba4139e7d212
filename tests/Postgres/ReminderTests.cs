namespace Okube.Actors.Tests.Postgres;

/// <summary>Reminders are kept in PostgreSQL and fire.</summary>
[Collection(PostgresClusterCollection.Name)]
public sealed class ReminderTests(PostgresClusterFixture fixture)
{
    [Fact]
    public async Task A_registered_reminder_is_stored_fires_and_is_deleted_when_unregistered()
    {
        var probe = fixture.Client.GetGrain<IReminderProbeGrain>($"reminder-{Guid.NewGuid():N}");

        await probe.StartAsync(dueTime: TimeSpan.FromSeconds(1), period: TimeSpan.FromMinutes(1));
        (await StoredAsync(probe)).Should().Be(1, "the reminder has a row");

        await Eventually.UntilAsync(probe.GetTicksAsync, ticks => ticks >= 1, "the reminder fires");

        await probe.StopAsync();
        (await StoredAsync(probe)).Should().Be(0, "unregistering deletes the row");
    }

    private Task<int> StoredAsync(IReminderProbeGrain probe) =>
        fixture.Database.ScalarAsync<int>(
            "SELECT count(*) FROM OrleansRemindersTable WHERE ServiceId = @s AND GrainId = @g AND ReminderName = @n",
            ("s", fixture.ServiceId), ("g", probe.GetGrainId().ToString()), ("n", ReminderProbeGrain.ReminderName));
}
