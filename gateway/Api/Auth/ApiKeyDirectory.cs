using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Okube.Actors.Gateway.Auth;

/// <summary>
/// Every configured key, held only as its SHA-256. A presented key is hashed and looked up
/// by hash, so lookup time does not depend on how much of a stored key it matches.
/// </summary>
public sealed class ApiKeyDirectory
{
    private readonly FrozenDictionary<string, (string Tenant, string Role)> byHash;

    public ApiKeyDirectory(IOptions<OkubeOptions> options)
    {
        var keys = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (tenant, settings) in options.Value.Tenants)
        {
            foreach (var key in settings.ApiKeys)
            {
                var hash = key.KeySha256?.Trim().ToLowerInvariant()
                    ?? (string.IsNullOrEmpty(key.Key) ? null : HashOf(key.Key));
                if (hash is not null)
                {
                    keys[hash] = (tenant, key.Role);
                }
            }
        }
        byHash = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static string HashOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public bool TryResolve(string presentedKey, out string tenant, out string role)
    {
        if (byHash.TryGetValue(HashOf(presentedKey), out var found))
        {
            (tenant, role) = found;
            return true;
        }
        tenant = role = "";
        return false;
    }
}
