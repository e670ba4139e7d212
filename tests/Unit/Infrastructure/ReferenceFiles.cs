namespace Okube.Actors.Tests.Unit.Infrastructure;

/// <summary>
/// Finds the shared reference files: on the dev machine at /work/shared/reference, in CI in
/// the copy of shared/ placed beside the clone (found by walking up from the test binaries).
/// </summary>
public static class ReferenceFiles
{
    public const string PathDataName = "channelattribution-pathdata.csv.gz";

    private const string DevMachineShared = "/work/shared";

    public static string Locate(string name)
    {
        var candidates = Candidates(name, AppContext.BaseDirectory)
            .Prepend(Path.Combine(DevMachineShared, "reference", name))
            .ToList();
        var found = candidates.FirstOrDefault(File.Exists);
        return found is not null
            ? Path.GetFullPath(found)
            : throw new FileNotFoundException(
                $"Reference file shared/reference/{name} not found. Expected {DevMachineShared}/reference or a shared/ " +
                $"directory beside the clone (CI). Looked at: {string.Join(", ", candidates.Distinct())}",
                name);
    }

    /// <summary>The first existing shared/reference/<paramref name="name"/> walking up from <paramref name="start"/>, or null.</summary>
    public static string? FindUpward(string name, string start) => Candidates(name, start).FirstOrDefault(File.Exists);

    /// <summary>&lt;dir&gt;/shared/reference/name and &lt;dir&gt;/../shared/reference/name for start and each of its ancestors.</summary>
    private static IEnumerable<string> Candidates(string name, string start)
    {
        var relative = Path.Combine("shared", "reference", name);
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return Path.Combine(dir.FullName, relative);
            if (dir.Parent is not null)
            {
                yield return Path.Combine(dir.Parent.FullName, relative);
            }
        }
    }
}
