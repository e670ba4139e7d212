namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>A Dockerfile's instructions (comments dropped, continuation lines joined), by stage.</summary>
public sealed class Dockerfile
{
    private Dockerfile(string path, IReadOnlyList<DockerStage> stages)
    {
        Path = path;
        Stages = stages;
    }

    public string Path { get; }

    public IReadOnlyList<DockerStage> Stages { get; }

    public DockerStage Final => Stages[^1];

    public DockerStage Stage(string alias) =>
        Stages.Should().ContainSingle(s => s.Alias == alias, $"{Path} has a stage named {alias}").Subject;

    public static Dockerfile Load(string relative)
    {
        var stages = new List<DockerStage>();
        var pending = "";
        foreach (var raw in RepositoryFiles.Read(relative).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (pending.Length == 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }
            var text = (pending + line).Trim();
            pending = "";
            if (text.Length == 0)
            {
                continue;
            }
            var space = text.IndexOfAny([' ', '\t']);
            var instruction = new DockerInstruction(
                (space < 0 ? text : text[..space]).ToUpperInvariant(), space < 0 ? "" : text[space..].Trim());
            if (instruction.Keyword == "FROM")
            {
                var parts = instruction.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
                stages.Add(new DockerStage(parts[0],
                    parts.Count >= 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null));
            }
            else
            {
                (stages.Count > 0 ? stages[^1] : throw new InvalidOperationException($"{relative}: {instruction.Keyword} before FROM"))
                    .Instructions.Add(instruction);
            }
        }
        return new Dockerfile(relative, stages);
    }
}
