using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Events;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>
/// Turns the ids partners send into the pseudonyms grains see: HMAC-SHA256 under the
/// tenant's secret, truncated to 128 bits and base64url-encoded (22 characters). A raw
/// email is normalised and SHA-256 hashed first, so it meets its email_sha256 twin; a raw
/// MAC becomes an offline cookie under a key that changes every UTC day.
/// </summary>
public sealed partial class SubjectPseudonymiser(IOptions<OkubeOptions> options, TimeProvider clock, ILogger<SubjectPseudonymiser> logger)
{
    private readonly ConcurrentDictionary<string, byte[]> secrets = new(StringComparer.Ordinal);

    /// <summary>Pseudonymises one subject given as kind name and raw id; null kind when the name is unknown.</summary>
    public bool TryPseudonymise(string tenant, string kindName, string rawId, out SubjectKey subject, out string error)
    {
        subject = null!;
        error = "";
        SubjectKind kind;
        string normalised;
        switch (kindName)
        {
            case "email":
                kind = SubjectKind.EmailSha256;
                normalised = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawId.Trim().ToLowerInvariant())));
                break;
            case "mac":
                kind = SubjectKind.OfflineCookie;
                normalised = $"mac:{clock.GetUtcNow():yyyy-MM-dd}:{NormaliseMac(rawId)}";
                break;
            case "email_sha256":
                kind = SubjectKind.EmailSha256;
                normalised = rawId.Trim().ToLowerInvariant();
                if (normalised.Length != 64 || !normalised.All(char.IsAsciiHexDigit))
                {
                    error = "email_sha256 must be 64 hexadecimal characters (SHA-256 of the trimmed, lower-cased email)";
                    return false;
                }
                break;
            default:
                if (!SubjectKey.TryParseKind(kindName, out kind))
                {
                    error = $"subject kind '{kindName}' is not one of cookie, device, offline_cookie, email_sha256, crm, email, mac";
                    return false;
                }
                normalised = rawId;
                break;
        }
        subject = new SubjectKey(tenant, kind, Keyed(tenant, $"{SubjectKey.NameOf(kind)}:{normalised}"));
        return true;
    }

    private string Keyed(string tenant, string value)
    {
        var secret = secrets.GetOrAdd(tenant, SecretOf);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(value), mac);
        return Convert.ToBase64String(mac[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private byte[] SecretOf(string tenant)
    {
        var configured = options.Value.Tenants.GetValueOrDefault(tenant)?.PseudonymisationSecret;
        if (string.IsNullOrEmpty(configured))
        {
            LogDerivedSecret(tenant);
            configured = $"okube-local-only:{tenant}";
        }
        return SHA256.HashData(Encoding.UTF8.GetBytes(configured));
    }

    private static string NormaliseMac(string raw) =>
        new(raw.Where(char.IsAsciiHexDigit).Select(char.ToLowerInvariant).ToArray());

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Tenant {Tenant} has no PseudonymisationSecret: using a derived key fit for local use only")]
    private partial void LogDerivedSecret(string tenant);
}
