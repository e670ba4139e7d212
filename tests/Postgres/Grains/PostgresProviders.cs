namespace Okube.Actors.Tests.Postgres.Grains;

/// <summary>Names under which the test cluster registers the ADO.NET providers.</summary>
public static class PostgresProviders
{
    public const string Invariant = "Npgsql";
    public const string Storage = "pg";
    public const string Streams = "pg-streams";
    public const string StreamNamespace = "pg-test";
}
