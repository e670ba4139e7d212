namespace Okube.Actors.Tests.Processes.Infrastructure;

/// <summary>Where the repository and the built silo and gateway are, seen from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly (Debug or Release), for the same of the hosts.</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static string SiloFolder => Path.Combine(Root, "silo", "bin", Configuration, "net10.0");

    public static string GatewayFolder => Path.Combine(Root, "gateway", "bin", Configuration, "net10.0");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Okube.Actors.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Okube.Actors.sln above {AppContext.BaseDirectory}.");
    }
}
