using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Okube.Actors.Gateway.Hosting;

/// <summary>
/// The OpenAPI document (GET /openapi/v1.json) and the interactive reference (GET /reference).
/// The reference page's script is served from the Scalar package itself; its CDN fonts,
/// telemetry, AI features and developer toolbar (links to the vendor's services) are off, so
/// the page fetches nothing from elsewhere.
/// </summary>
public static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/reference";
    private const string SecurityScheme = "bearer";

    public static IServiceCollection AddOkubeApiDocumentation(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Okube.Actors API",
                    Version = "v1",
                    Description = "Omnichannel marketing attribution: events in, attributed reports out. " +
                        "Send 'Authorization: Bearer KEY' with a tenant API key (or a JWT when configured): it decides tenant and role. " +
                        "Errors are RFC 9457 problem details.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "A tenant API key (or, when configured, a JWT with okube_tenant and role claims).",
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer((operation, context, _) =>
            {
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [],
                    });
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static WebApplication MapOkubeApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapScalarApiReference(ReferencePath, o => o
            .WithTitle("Okube.Actors API")
            .WithOpenApiRoutePattern(DocumentPath)
            .AddPreferredSecuritySchemes(SecurityScheme)
            .DisableDefaultFonts()
            .HideDeveloperTools()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        return app;
    }
}
