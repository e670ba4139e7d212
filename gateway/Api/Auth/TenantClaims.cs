using System.Security.Claims;

namespace Okube.Actors.Gateway.Auth;

public static class TenantClaims
{
    public const string Tenant = "okube:tenant";

    public static string TenantOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(Tenant) ?? throw new InvalidOperationException("The request carries no tenant.");

    public static bool IsInRoleOf(this ClaimsPrincipal user, string role) => user.IsInRole(role);
}
