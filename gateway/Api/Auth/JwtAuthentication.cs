using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Okube.Actors.Gateway.Auth;

/// <summary>
/// Authentication: API keys, and JWT bearer tokens when "Okube:Jwt" is configured. A policy
/// scheme picks the JWT scheme for a bearer value of three dot-separated parts, the API-key
/// scheme otherwise. A token's claims become the same tenant, role and caller claims a key gives.
/// </summary>
public static class JwtAuthentication
{
    public const string PolicyScheme = "Okube";
    public const string JwtScheme = "Jwt";
    public const string TenantClaim = "okube_tenant";
    public const string RoleClaim = "role";

    public static IServiceCollection AddOkubeAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "API key or JWT", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(JwtScheme);
        services.AddOptions<JwtBearerOptions>(JwtScheme).Configure<IOptions<OkubeOptions>>((o, okube) => Configure(o, okube.Value.Jwt));
        return services;
    }

    /// <summary>Off, or on with an audience and a signing key (when given) of at least 32 bytes.</summary>
    public static bool IsUsable(JwtOptions jwt) =>
        !jwt.Enabled || (!string.IsNullOrEmpty(jwt.Audience) &&
            (string.IsNullOrEmpty(jwt.SigningKey) || Encoding.UTF8.GetByteCount(jwt.SigningKey) >= 32));

    private static string SelectScheme(HttpContext context)
    {
        string? header = context.Request.Headers.Authorization;
        const string bearer = "Bearer ";
        var jwt = context.RequestServices.GetRequiredService<IOptions<OkubeOptions>>().Value.Jwt;
        return jwt.Enabled && header is not null && header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) &&
            header.AsSpan(bearer.Length).Trim().Count('.') == 2
            ? JwtScheme
            : ApiKeyAuthenticationHandler.SchemeName;
    }

    private static void Configure(JwtBearerOptions o, JwtOptions jwt)
    {
        o.MapInboundClaims = false;
        o.Authority = string.IsNullOrEmpty(jwt.Authority) ? null : jwt.Authority;
        o.Audience = jwt.Audience;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidAudience = jwt.Audience,
            ValidateIssuer = o.Authority is not null || jwt.Issuer is not null,
            ValidIssuer = jwt.Issuer,
            IssuerSigningKey = string.IsNullOrEmpty(jwt.SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt.SigningKey)),
            NameClaimType = "sub",
            RoleClaimType = RoleClaim,
        };
        o.Events = new JwtBearerEvents
        {
            OnTokenValidated = TokenValidated,
            OnChallenge = async context =>
            {
                context.HandleResponse();
                await Problems.Write(context.HttpContext, StatusCodes.Status401Unauthorized, "Unauthorized",
                    "The bearer token is not valid here: it must be signed, current, for this audience, and name a tenant and a role.");
            },
            OnForbidden = context => Problems.Write(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden",
                "This token's role may not use this endpoint."),
        };
    }

    /// <summary>Keeps a token naming a configured tenant and a known role, with the claims an API key gives.</summary>
    private static Task TokenValidated(TokenValidatedContext context)
    {
        var token = context.Principal!;
        var tenant = token.FindFirstValue(TenantClaim);
        var roles = token.FindAll(RoleClaim).Select(c => c.Value).Where(Roles.All.Contains).Distinct().ToList();
        var tenants = context.HttpContext.RequestServices.GetRequiredService<IOptions<OkubeOptions>>().Value.Tenants;
        if (tenant is null || !tenants.ContainsKey(tenant) || roles.Count == 0)
        {
            context.Fail($"The token needs '{TenantClaim}' naming a configured tenant and '{RoleClaim}': retailer, agency or dpo.");
            return Task.CompletedTask;
        }
        var caller = "jwt:" + (token.FindFirstValue("sub") ?? "unknown");
        var identity = new ClaimsIdentity(
            roles.Select(r => new Claim(ClaimTypes.Role, r))
                .Prepend(new Claim(TenantClaims.KeyFingerprint, caller))
                .Prepend(new Claim(TenantClaims.Tenant, tenant)),
            JwtScheme);
        context.Principal = new ClaimsPrincipal(identity);
        return Task.CompletedTask;
    }
}
