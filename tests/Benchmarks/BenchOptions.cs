namespace Okube.Actors.Benchmarks;

/// <summary>
/// Command line: [--persons N] [--batch N] [--inflight N] [--seed N] [--hold S]. --hold keeps the
/// silo up S seconds after the idle measurement, for a look with dotnet-gcdump or dotnet-counters.
/// </summary>
public sealed record BenchOptions(int Persons, int BatchEvents, int InFlight, int Seed, int HoldSeconds = 0)
{
    public static BenchOptions Default { get; } = new(Persons: 40_000, BatchEvents: 2_000, InFlight: 6, Seed: 7);

    public static BenchOptions Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                throw new UsageException();
            }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out var value) || value <= 0)
            {
                throw new UsageException($"{name} needs a positive whole number");
            }
            i++;
            options = name switch
            {
                "--persons" => options with { Persons = value },
                "--batch" => options with { BatchEvents = value },
                "--inflight" => options with { InFlight = value },
                "--seed" => options with { Seed = value },
                "--hold" => options with { HoldSeconds = value },
                _ => throw new UsageException($"unknown option {name}"),
            };
        }
        return options;
    }

    public const string Usage =
        "usage: dotnet run -c Release --project tests/Benchmarks -- [--persons N] [--batch N] [--inflight N] [--seed N] [--hold SECONDS]";
}

public sealed class UsageException(string? message = null) : Exception(message ?? BenchOptions.Usage);
