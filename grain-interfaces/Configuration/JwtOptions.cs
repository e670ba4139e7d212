namespace Okube.Actors.Configuration;

/// <summary>
/// "Okube:Jwt": optional JWT bearer tokens beside API keys. Set <see cref="Authority"/> (an
/// OpenID Connect issuer) or <see cref="SigningKey"/> (HMAC-SHA256), and <see cref="Audience"/>.
/// </summary>
public sealed class JwtOptions
{
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Required issuer with <see cref="SigningKey"/>; unset: any issuer.</summary>
    public string? Issuer { get; set; }

    /// <summary>Symmetric key (UTF-8, at least 32 bytes) instead of an authority's keys.</summary>
    public string? SigningKey { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(Authority) || !string.IsNullOrEmpty(SigningKey);
}
