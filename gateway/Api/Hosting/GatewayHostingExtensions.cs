using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Gateway.Campaigns;
using Okube.Actors.Gateway.Dashboard;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Gateway.Pipeline;
using Okube.Actors.Gateway.Privacy;
using Okube.Actors.Gateway.Reports;

namespace Okube.Actors.Gateway.Hosting;

public static class GatewayHostingExtensions
{
    /// <summary>Everything the API needs, for either host (silo in local mode, gateway in cluster mode).</summary>
    public static IServiceCollection AddOkubeGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OkubeOptions>()
            .Bind(configuration.GetSection(OkubeOptions.Section))
            .Validate(o => o.Tenants.Keys.All(TenantNames.IsValid),
                "Tenant names are 1 to 64 letters, digits, '-' or '_'.")
            .Validate(o => o.Tenants.Values.SelectMany(t => t.ApiKeys).All(k => Roles.All.Contains(k.Role)),
                "Every API key needs a Role: retailer, agency or dpo.")
            .Validate(o => o.Tenants.Values.SelectMany(t => t.ApiKeys).All(k => k.KeySha256 is null || ApiKeyDirectory.IsHash(k.KeySha256)),
                "Okube:Tenants:{tenant}:ApiKeys:{i}:KeySha256 must be the 64 hex digits of the key's SHA-256.")
            .Validate(o => o.Tenants.Values.SelectMany(t => t.ApiKeys).Select(ApiKeyDirectory.StoredHashOf).OfType<string>()
                    .CountBy(h => h).All(c => c.Value == 1),
                "Okube:Tenants:{tenant}:ApiKeys: a key is configured twice (for two tenants or roles); each key names one tenant and one role.")
            .Validate(o => o.Ingest.EventIdShards > 0, "Okube:Ingest:EventIdShards must be positive.")
            .Validate(o => o.Tenants.Values.All(t => t.Consent.EffectivePurposes.All(p => p is >= 1 and <= 24)),
                "Okube:Tenants:{tenant}:Consent:RequiredPurposes holds TCF purposes, 1 to 24.")
            .Validate(o => o.Mode != HostingMode.Cluster || o.Tenants.Values.All(
                    t => !string.IsNullOrEmpty(t.PseudonymisationSecret) || t.PseudonymisationKeys.Count > 0),
                "In Cluster mode every tenant needs Okube:Tenants:{tenant}:PseudonymisationSecret (or PseudonymisationKeys): " +
                "the derived local key is public.")
            .Validate(o => o.Tenants.Values.All(t => t.Consent.VendorId is null or (>= 1 and <= 65535)),
                "Okube:Tenants:{tenant}:Consent:VendorId is an IAB vendor id, 1 to 65535.")
            .Validate(o => o.RateLimit.PermitsPerSecond > 0 && o.RateLimit.Burst >= 1 &&
                    o.Tenants.Values.All(t => t.RateLimit.PermitsPerSecond is null or > 0 && t.RateLimit.Burst is null or >= 1),
                "Okube:RateLimit and Okube:Tenants:{tenant}:RateLimit: PermitsPerSecond must be positive and Burst at least 1.")
            .Validate(o => JwtAuthentication.IsUsable(o.Jwt), "Okube:Jwt: set Audience, and a SigningKey of at least 32 bytes.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OkubeOptions>, PseudonymisationKeysValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyDirectory>();
        services.TryAddSingleton<DailyMacKeys>();
        services.AddSingleton<SubjectPseudonymiser>();
        services.AddSingleton<ConsentGate>();
        services.AddSingleton<SubjectRights>();
        services.AddSingleton<EventValidator>();
        services.AddSingleton<EventIngestor>();
        services.AddHostedService<DemoJourneyFeeder>();

        services.AddOkubeAuthentication();
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Retailer, p => p.RequireRole(Roles.Retailer))
            .AddPolicy(Roles.Agency, p => p.RequireRole(Roles.Agency))
            .AddPolicy(Roles.Dpo, p => p.RequireRole(Roles.Dpo))
            .AddPolicy(Roles.EventSenders, p => p.RequireRole(Roles.Retailer, Roles.Agency))
            .AddPolicy(Roles.AnyRole, p => p.RequireAuthenticatedUser());

        services.AddOkubeRateLimiting();
        services.AddOkubeApiDocumentation();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => Json.Configure(o.SerializerOptions));
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        services.AddOkubeObservability(configuration);
        return services;
    }

    /// <summary>Middleware and endpoints of the API, and the dashboard at "/" (public files, before authentication).</summary>
    public static WebApplication UseOkubeGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseOkubeDashboard();
        app.UseAuthentication();
        app.UseOkubeRateLimiting();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .DisableRateLimiting();
        app.MapEventEndpoints();
        app.MapReportEndpoints();
        app.MapCampaignEndpoints();
        app.MapPipelineEndpoints();
        app.MapSubjectRightsEndpoints();
        app.MapOkubeObservability();
        app.MapOkubeApiDocumentation();
        return app;
    }
}
