namespace Okube.Actors.Tests.Processes.Infrastructure;

/// <summary>
/// Silos and a gateway as separate processes in Cluster mode, on the shared PostgreSQL with
/// ADO.NET streams. Each cluster has its own ClusterId and ServiceId, so its membership,
/// state, streams and event ids are apart from any other run's in the same database.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    public const string Tenant = "shop";
    public const string RetailerKey = "process-test-retailer-key";

    /// <summary>Reads persons' exports when a test fails, to say whose events went where.</summary>
    public const string DpoKey = "process-test-dpo-key";

    private readonly Dictionary<string, string> environment;

    private ProcessCluster(Dictionary<string, string> environment)
    {
        this.environment = environment;
    }

    public List<HostProcess> Silos { get; } = [];

    public HostProcess Gateway { get; private set; } = null!;

    public static async Task<ProcessCluster> StartAsync(int silos)
    {
        var id = $"proc-{Guid.NewGuid():N}"[..20];
        var cluster = new ProcessCluster(new Dictionary<string, string>
        {
            ["Okube__Mode"] = "Cluster",
            ["Okube__Streams__Provider"] = "AdoNet",
            // Four processes share one small server: keep each one's pool modest.
            ["ConnectionStrings__Postgres"] = TestPostgres.ConnectionString + ";Maximum Pool Size=40",
            ["Orleans__ClusterId"] = id,
            ["Orleans__ServiceId"] = id,
            ["Orleans__AdvertisedIP"] = "127.0.0.1",
            [$"Okube__Tenants__{Tenant}__MinPersons"] = "0",
            [$"Okube__Tenants__{Tenant}__ApiKeys__0__Key"] = RetailerKey,
            [$"Okube__Tenants__{Tenant}__ApiKeys__0__Role"] = "retailer",
            [$"Okube__Tenants__{Tenant}__ApiKeys__1__Key"] = DpoKey,
            [$"Okube__Tenants__{Tenant}__ApiKeys__1__Role"] = "dpo",
            [$"Okube__Tenants__{Tenant}__PseudonymisationSecret"] = "process-test-secret",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Okube"] = "Information",
            // Which event reached which device and person: read when a run fails (PersonDiff names the event).
            ["Logging__LogLevel__Okube.Actors.Grains.Devices"] = "Debug",
            ["Logging__LogLevel__Okube.Actors.Grains.Identities"] = "Debug",
            ["DOTNET_gcServer"] = "0",
        });
        try
        {
            for (var i = 0; i < silos; i++)
            {
                cluster.StartSilo();
            }
            await Task.WhenAll(cluster.Silos.Select(s => s.WaitUntilReadyAsync(TimeSpan.FromSeconds(90))));
            cluster.Gateway = HostProcess.Start("gateway", RepositoryPaths.GatewayFolder, "Okube.Actors.Gateway.dll",
                HostProcess.FreePort(), cluster.environment);
            await cluster.Gateway.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public HostProcess StartSilo()
    {
        var env = new Dictionary<string, string>(environment)
        {
            ["Orleans__SiloPort"] = HostProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = HostProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var silo = HostProcess.Start($"silo{Silos.Count + 1}", RepositoryPaths.SiloFolder, "Okube.Actors.Silo.dll",
            HostProcess.FreePort(), env);
        Silos.Add(silo);
        return silo;
    }

    /// <summary>The last lines of every process, for a failure message.</summary>
    /// <summary>What the ADO.NET stream tables still hold for this cluster's service: undelivered and dead-lettered messages.</summary>
    public async Task<string> StreamBacklogAsync()
    {
        var service = environment["Orleans__ServiceId"];
        var parts = TestPostgres.ConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var start = new System.Diagnostics.ProcessStartInfo("psql",
        [
            "-At", "-h", parts["Host"], "-p", parts["Port"], "-U", parts["Username"], "-d", parts["Database"], "-c",
            $"SELECT 'messages ' || count(*) || ', max dequeued ' || coalesce(max(Dequeued), 0) FROM OrleansStreamMessage WHERE ServiceId = '{service}' " +
            $"UNION ALL SELECT 'dead letters ' || count(*) FROM OrleansStreamDeadLetter WHERE ServiceId = '{service}'",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = parts["Password"];
        try
        {
            using var psql = System.Diagnostics.Process.Start(start)!;
            var output = await psql.StandardOutput.ReadToEndAsync();
            var error = await psql.StandardError.ReadToEndAsync();
            await psql.WaitForExitAsync();
            return $"stream tables: {output.Trim().Replace('\n', ';')} {error.Trim()}";
        }
        catch (Exception e)
        {
            return $"stream tables: not read ({e.Message})";
        }
    }

    /// <summary>The last log entries of each process, leaving out debug ones.</summary>
    public string Logs() =>
        string.Join("\n\n", Processes.Select(p => $"--- {p.Name} ---\n{string.Join('\n', WithoutDebug(p.Output).TakeLast(40))}"));

    /// <summary>Every log entry that names one of <paramref name="texts"/> (event ids, say), with its process.</summary>
    public string Trace(IReadOnlyCollection<string> texts)
    {
        var found = new List<string>();
        foreach (var process in Processes)
        {
            var lines = process.Output.Split('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                if (texts.Any(t => lines[i].Contains(t, StringComparison.Ordinal)))
                {
                    found.Add($"{process.Name}: {lines[i - 1].Trim()} {lines[i].Trim()}");
                }
            }
        }
        return found.Count == 0 ? $"no log entry names {string.Join(",", texts)}" : string.Join("\n", found.Take(60));
    }

    private IEnumerable<HostProcess> Processes => Silos.Append(Gateway).Where(p => p is not null);

    private static IEnumerable<string> WithoutDebug(string output)
    {
        var skipNext = false;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("dbug:", StringComparison.Ordinal))
            {
                skipNext = true;
                continue;
            }
            if (skipNext && line.StartsWith(' '))
            {
                continue;
            }
            skipNext = false;
            yield return line;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync();
        }
    }
}
