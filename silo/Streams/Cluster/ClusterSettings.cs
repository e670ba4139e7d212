using Microsoft.Extensions.Configuration;
using Npgsql;
using Okube.Actors.Configuration;

namespace Okube.Actors.Streams.Cluster;

/// <summary>
/// What Cluster mode needs from configuration (contract section 1), read and checked once at
/// start-up so that a wrong value stops the process with a message naming the key.
/// </summary>
public sealed record ClusterSettings(
    string PostgresConnectionString,
    StreamsOptions Streams,
    string? EventHubsConnectionString,
    EventHubsOptions EventHubs,
    string ClusterId,
    string ServiceId)
{
    public const string Invariant = "Npgsql";

    public static ClusterSettings Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var postgres = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            problems.Add("ConnectionStrings:Postgres is required in Cluster mode (membership, grain state, reminders).");
        }
        else
        {
            try
            {
                _ = new NpgsqlConnectionStringBuilder(postgres);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                problems.Add($"ConnectionStrings:Postgres is not a valid PostgreSQL connection string: {e.Message}");
            }
        }

        var okube = new OkubeOptions();
        try
        {
            configuration.GetSection(OkubeOptions.Section).Bind(okube);
        }
        catch (InvalidOperationException e)
        {
            problems.Add($"Okube section: {e.Message}");
        }
        var eventHubs = configuration.GetConnectionString("EventHubs");
        if (okube.Streams.Provider == StreamProviderKind.EventHubs)
        {
            if (string.IsNullOrWhiteSpace(eventHubs))
            {
                problems.Add("ConnectionStrings:EventHubs is required when Okube:Streams:Provider is EventHubs.");
            }
            if (string.IsNullOrWhiteSpace(okube.EventHubs.Hub))
            {
                problems.Add("Okube:EventHubs:Hub is required when Okube:Streams:Provider is EventHubs.");
            }
        }
        if (okube.Streams.Queues is < 1 or > 256)
        {
            problems.Add("Okube:Streams:Queues must be between 1 and 256.");
        }
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Cluster mode cannot start:" + Environment.NewLine + " - " +
                string.Join(Environment.NewLine + " - ", problems));
        }
        return new ClusterSettings(postgres!, okube.Streams, eventHubs, okube.EventHubs,
            configuration["Orleans:ClusterId"] ?? "okube",
            configuration["Orleans:ServiceId"] ?? "okube");
    }

    /// <summary>
    /// Connects once and checks that the schema of infra/postgres is there, so that an
    /// unreachable database or a missing schema is reported in words at start-up.
    /// </summary>
    public void CheckDatabase(TimeSpan timeout)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Timeout = (int)Math.Ceiling(timeout.TotalSeconds) };
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(
                "SELECT to_regclass('orleansquery') IS NOT NULL AND to_regclass('okube_event_ids') IS NOT NULL", connection);
            if (command.ExecuteScalar() is not true)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port} has no Okube schema: " +
                    "apply infra/postgres/*.sql (infra/postgres/apply.sh) first.");
            }
        }
        catch (NpgsqlException e)
        {
            throw new InvalidOperationException(
                $"Cannot reach PostgreSQL at {builder.Host}:{builder.Port} (database '{builder.Database}', " +
                $"user '{builder.Username}') from ConnectionStrings:Postgres: {e.Message}", e);
        }
    }
}
