using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Okube.Actors.Gateway.Auth;

/// <summary>Authenticates "Authorization: Bearer &lt;key&gt;" against the tenants' API keys.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header is not 'Bearer <key>'."));
        }
        var key = header[bearer.Length..].Trim();
        if (!directory.TryResolve(key, out var tenant, out var role))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }
        var fingerprint = "key:" + ApiKeyDirectory.HashOf(key)[..12];
        var identity = new ClaimsIdentity(
            [new Claim(TenantClaims.Tenant, tenant), new Claim(ClaimTypes.Role, role), new Claim(TenantClaims.KeyFingerprint, fingerprint)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status401Unauthorized, "Unauthorized",
            "Send a tenant API key as 'Authorization: Bearer <key>'.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden",
            "This API key's role may not use this endpoint.");
}
