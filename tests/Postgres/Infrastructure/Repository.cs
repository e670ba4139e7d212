namespace Okube.Actors.Tests.Postgres.Infrastructure;

/// <summary>Paths inside the repository the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PostgresScript => Path.Combine(Root, ".ci", "postgres.sh");

    public static string SchemaDirectory => Path.Combine(Root, "infra", "postgres");

    public static string ApplySchemaScript => Path.Combine(SchemaDirectory, "apply.sh");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, ".ci", "postgres.sh")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No .ci/postgres.sh above {AppContext.BaseDirectory}.");
    }
}
