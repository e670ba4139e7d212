using System.Diagnostics;

namespace Okube.Actors.Tests.Processes.Infrastructure;

/// <summary>
/// The PostgreSQL the processes share: OKUBE_TEST_POSTGRES when set (CI starts it), else the
/// repository's .ci/postgres.sh starts a private one on loopback and prints its connection string.
/// </summary>
public static class TestPostgres
{
    private static readonly Lazy<string> Connection = new(Start);

    public static string ConnectionString => Connection.Value;

    private static string Start()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("OKUBE_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, ".ci", "postgres.sh"), "start"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($".ci/postgres.sh failed ({process.ExitCode}): {stderr.Result}");
        }
        return stdout.Trim().Split('\n')[^1].Trim();
    }
}
