using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>The API's routes as the host's route table has them, so that a new endpoint is seen by the tests that list them.</summary>
public static class RouteTable
{
    private static readonly string[] NotApi = ["/health", "/openapi", "/reference", "/metrics", "/dashboard", "/orleans-dashboard"];

    /// <summary>The dashboard's page, served without credentials (tests/Browser covers it).</summary>
    private const string DashboardPage = "/";

    /// <summary>Every method and route pattern of the API (health, API description, metrics and static files left out).</summary>
    public static IReadOnlyList<(string Method, string Pattern)> ApiRoutes(SiloFactory silo) =>
        silo.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Methods: MethodsOf(e), Pattern: Normalise(e.RoutePattern.RawText)))
            .Where(e => e.Pattern != DashboardPage && !NotApi.Any(e.Pattern.StartsWith) && !IsStatic(e.Pattern))
            .SelectMany(e => e.Methods.Select(m => (m, e.Pattern)))
            .Distinct()
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal)
            .ToList();

    /// <summary>An endpoint open to any method counts as "*", so that it is not passed over.</summary>
    private static IReadOnlyList<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["*"];

    /// <summary>A file (a name with an extension) or the fallback to files of a static front end.</summary>
    private static bool IsStatic(string pattern) => Path.HasExtension(pattern) || pattern.Contains(":nonfile", StringComparison.Ordinal);

    private static string Normalise(string? pattern) => "/" + (pattern ?? "").TrimStart('/');
}
