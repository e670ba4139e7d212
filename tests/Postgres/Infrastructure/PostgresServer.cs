namespace Okube.Actors.Tests.Postgres.Infrastructure;

/// <summary>
/// The PostgreSQL the tests use: the one named by <c>OKUBE_TEST_POSTGRES</c> (an Npgsql
/// connection string), else the private server of <c>.ci/postgres.sh</c>, which this starts (and
/// installs, on a machine without PostgreSQL) the first time it is asked.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "OKUBE_TEST_POSTGRES";

    /// <summary>Installing from apt on a fresh machine takes a while; starting an existing server does not.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private static readonly Lazy<Task<string>> ConnectionString = new(ResolveAsync);

    public static Task<string> ConnectionStringAsync() => ConnectionString.Value;

    private static async Task<string> ResolveAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given.Trim();
        }

        var started = await ShellCommand.RunAsync("bash", [Repository.PostgresScript, "start"], null, StartTimeout);
        if (started.ExitCode != 0 || string.IsNullOrWhiteSpace(started.StandardOutput))
        {
            throw new InvalidOperationException($".ci/postgres.sh start failed: {started}");
        }
        return started.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim();
    }
}
