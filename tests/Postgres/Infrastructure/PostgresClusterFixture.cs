using System.Reflection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Streams;
using Orleans.TestingHost;

namespace Okube.Actors.Tests.Postgres.Infrastructure;

/// <summary>
/// Two in-process silos and a client on PostgreSQL only: ADO.NET clustering (silos and client),
/// grain storage, reminders and streams, all with the "Npgsql" invariant. Each deployment has its
/// own ClusterId and ServiceId, so runs never see each other's rows; its rows are removed at the end.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private const int QueueCount = 2;
    private InProcessTestCluster? cluster;
    private Database? database;

    public InProcessTestCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    public IClusterClient Client => Cluster.Client;

    public Database Database => database ?? throw new InvalidOperationException("The cluster is not deployed.");

    public string ClusterId => Cluster.Options.ClusterId;

    public string ServiceId => Cluster.Options.ServiceId;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.ConnectionStringAsync();
        database = new Database(connectionString);

        var builder = new InProcessTestClusterBuilder();
        builder.Options.InitialSilosCount = 2;
        builder.Options.ConfigureFileLogging = false;
        UseDatabaseMembership(builder.Options);
        builder.ConfigureSilo((_, silo) => ConfigureSilo(silo, connectionString));
        builder.ConfigureClient(client => ConfigureClient(client, connectionString));
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (cluster is null)
        {
            return;
        }
        await cluster.DisposeAsync();
        await Database.ExecuteAsync("DELETE FROM OrleansMembershipTable WHERE DeploymentId = @c", ("c", ClusterId));
        await Database.ExecuteAsync("DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @c", ("c", ClusterId));
        foreach (var table in new[] { "OrleansStorage", "OrleansRemindersTable", "OrleansStreamMessage", "OrleansStreamDeadLetter", "OrleansStreamControl" })
        {
            await Database.ExecuteAsync($"DELETE FROM {table} WHERE ServiceId = @s", ("s", ServiceId));
        }
    }

    /// <summary>
    /// The in-process cluster brings its own in-memory membership table and registers it after the
    /// silo configuration, where it would win over ADO.NET clustering; its switch is not public.
    /// </summary>
    private static void UseDatabaseMembership(InProcessTestClusterOptions options)
    {
        var flag = typeof(InProcessTestClusterOptions).GetProperty(
            "UseTestClusterMembership", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("InProcessTestClusterOptions.UseTestClusterMembership is gone: revisit how the tests turn off the in-memory membership.");
        flag.SetValue(options, false);
    }

    private static void ConfigureSilo(ISiloBuilder silo, string connectionString)
    {
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresProviders.Invariant;
            options.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(PostgresProviders.Storage, options =>
        {
            options.Invariant = PostgresProviders.Invariant;
            options.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = PostgresProviders.Invariant;
            options.ConnectionString = connectionString;
        });
        silo.AddAdoNetStreams(PostgresProviders.Streams, streams =>
        {
            streams.ConfigureAdoNet(options => options.Configure(o => ConfigureStreams(o, connectionString)));
            streams.ConfigurePartitioning(QueueCount);
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
            streams.ConfigurePullingAgent(agent => agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(100)));
        });
    }

    private static void ConfigureClient(IClientBuilder client, string connectionString)
    {
        client.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgresProviders.Invariant;
            options.ConnectionString = connectionString;
        });
        client.AddAdoNetStreams(PostgresProviders.Streams, streams =>
        {
            streams.ConfigureAdoNet(options => options.Configure(o => ConfigureStreams(o, connectionString)));
            streams.ConfigurePartitioning(QueueCount);
            streams.ConfigureStreamPubSub(StreamPubSubType.ImplicitOnly);
        });
    }

    private static void ConfigureStreams(AdoNetStreamOptions options, string connectionString)
    {
        options.Invariant = PostgresProviders.Invariant;
        options.ConnectionString = connectionString;
    }
}
