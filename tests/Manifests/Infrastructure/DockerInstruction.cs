using System.Text.Json;

namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>One instruction: its keyword and the rest of the (joined) line.</summary>
public sealed record DockerInstruction(string Keyword, string Arguments)
{
    public IReadOnlyList<string> Words => Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The exec form (a JSON array) of ENTRYPOINT, CMD or RUN; null for the shell form.</summary>
    public IReadOnlyList<string>? ExecForm =>
        Arguments.StartsWith('[') ? JsonSerializer.Deserialize<string[]>(Arguments) : null;

    /// <summary>COPY/ADD sources and destination, flags (--from=...) left out.</summary>
    public (IReadOnlyList<string> Sources, string Destination) CopyPaths
    {
        get
        {
            var paths = Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            return (paths[..^1], paths[^1]);
        }
    }

    public bool HasFlag(string prefix) => Words.Any(w => w.StartsWith(prefix, StringComparison.Ordinal));
}
