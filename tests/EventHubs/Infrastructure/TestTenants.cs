using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Tests.EventHubs.Infrastructure;

/// <summary>The tenants every test silo knows, and the gateway's validator over the same settings.</summary>
public static class TestTenants
{
    public const int Count = 20;

    public static string Name(int n) => $"t{n}";

    public static void Configure(OkubeOptions options)
    {
        options.Persistence.WriteThrough = true;
        for (var i = 1; i <= Count; i++)
        {
            options.Tenants[Name(i)] = new TenantOptions { MinPersons = 0, PseudonymisationSecret = $"secret-of-{Name(i)}" };
        }
    }

    public static OkubeOptions Options()
    {
        var options = new OkubeOptions();
        Configure(options);
        return options;
    }

    /// <summary>
    /// Pseudonymises as the silos do: same secrets, so the same grain keys. No grains: these
    /// tests send no raw mac, so no day's MAC key is ever fetched.
    /// </summary>
    public static readonly SubjectPseudonymiser Pseudonymiser = new(
        Microsoft.Extensions.Options.Options.Create(Options()), new DailyMacKeys(grains: null!, TimeProvider.System),
        NullLogger<SubjectPseudonymiser>.Instance);

    /// <summary>The gateway's validator, as the HTTP ingest path uses it.</summary>
    public static readonly EventValidator Validator = new(
        Pseudonymiser,
        new ConsentGate(Microsoft.Extensions.Options.Options.Create(Options())),
        Microsoft.Extensions.Options.Options.Create(Options()),
        TimeProvider.System);

    public static SubjectKey Subject(string tenant, string kind, string id) =>
        Pseudonymiser.TryPseudonymise(tenant, kind, id, out var subject, out var error)
            ? subject
            : throw new ArgumentException(error);
}
