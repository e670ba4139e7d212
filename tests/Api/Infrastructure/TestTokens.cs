using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>JWTs signed locally with the test host's key (or another), for its audience and issuer unless told otherwise.</summary>
public static class TestTokens
{
    public static string Create(string? tenant, string? role, string subject = "user-1",
        string audience = SiloFactory.JwtAudience, string issuer = SiloFactory.JwtIssuer,
        string signingKey = SiloFactory.JwtSigningKey, DateTime? expires = null)
    {
        var claims = new List<Claim> { new("sub", subject) };
        if (tenant is not null) claims.Add(new Claim("okube_tenant", tenant));
        if (role is not null) claims.Add(new Claim("role", role));
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Audience = audience,
            Issuer = issuer,
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
