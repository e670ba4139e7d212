using System.Xml.Linq;

namespace Okube.Actors.Tests.Manifests.Infrastructure;

/// <summary>Project files and their ProjectReference closure, repository-relative with '/'.</summary>
public static class ProjectGraph
{
    /// <summary>The project itself and every project it references, directly or not.</summary>
    public static IReadOnlySet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }
            var folder = Path.GetDirectoryName(RepositoryFiles.PathOf(current))!;
            foreach (var reference in XDocument.Load(RepositoryFiles.PathOf(current)).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(RepositoryFiles.Relative(Path.GetFullPath(Path.Combine(folder, include))));
            }
        }
        return seen;
    }

    /// <summary>The assembly a project builds: its AssemblyName, else its file name.</summary>
    public static string AssemblyName(string project) =>
        XDocument.Load(RepositoryFiles.PathOf(project)).Descendants("AssemblyName").LastOrDefault()?.Value
        ?? Path.GetFileNameWithoutExtension(project);

    public static string FolderOf(string project) => project[..(project.LastIndexOf('/') + 1)];
}
