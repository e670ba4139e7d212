using System.Security.Claims;

namespace Okube.Actors.Gateway.Auth;

public static class TenantClaims
{
    public const string Tenant = "okube:tenant";

    /// <summary>"key:" and the first 12 hex digits of the SHA-256 of the API key: names the caller in audit logs.</summary>
    public const string KeyFingerprint = "okube:key";

    public static string TenantOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(Tenant) ?? throw new InvalidOperationException("The request carries no tenant.");

    public static bool IsInRoleOf(this ClaimsPrincipal user, string role) => user.IsInRole(role);
}
