namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>One FROM of a Dockerfile and the instructions up to the next.</summary>
public sealed record DockerStage(string Image, string? Alias)
{
    public List<DockerInstruction> Instructions { get; } = [];

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public int IndexOf(Func<DockerInstruction, bool> predicate) => Instructions.FindIndex(i => predicate(i));

    /// <summary>ENV variables, both "K=V ..." and the legacy "K V" form.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        All("ENV").SelectMany(i => i.Arguments.Contains('=', StringComparison.Ordinal)
                ? i.Words.Select(w => w.Split('=', 2)).Select(p => (p[0], p[1].Trim('"')))
                : [(i.Words[0], string.Join(' ', i.Words.Skip(1)))])
            .GroupBy(p => p.Item1)
            .ToDictionary(g => g.Key, g => g.Last().Item2, StringComparer.Ordinal);
}
