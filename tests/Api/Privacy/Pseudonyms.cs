using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Okube.Actors.Configuration;
using Okube.Actors.Events;
using Okube.Actors.Gateway.Privacy;

namespace Okube.Actors.Tests.Api.Privacy;

/// <summary>Pseudonymisers over one configured tenant, outside any host (and so without MAC keys).</summary>
public static class Pseudonyms
{
    public static SubjectPseudonymiser Of(string tenant, params PseudonymisationKeyOptions[] keys) =>
        Of(new TenantOptions { PseudonymisationKeys = [.. keys] }, tenant);

    public static SubjectPseudonymiser Of(TenantOptions tenantOptions, string tenant)
    {
        var options = new OkubeOptions();
        options.Tenants[tenant] = tenantOptions;
        return new SubjectPseudonymiser(Options.Create(options), new DailyMacKeys(grains: null!, TimeProvider.System),
            NullLogger<SubjectPseudonymiser>.Instance);
    }

    /// <summary>The pseudonym new events get.</summary>
    public static SubjectKey Current(SubjectPseudonymiser pseudonymiser, string tenant, string kind, string rawId) =>
        pseudonymiser.TryPseudonymise(tenant, kind, rawId, out var subject, out var error)
            ? subject
            : throw new ArgumentException(error);
}
