using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Okube.Actors.Gateway.Auth;

/// <summary>
/// Every configured key, held only as its SHA-256 (from <c>Key</c>, or given as <c>KeySha256</c>).
/// A presented key is hashed and looked up by its hash.
/// </summary>
/// <remarks>
/// Why a lookup keyed by the hash is no timing oracle: the dictionary compares the hash of the
/// presented key with stored hashes, and how long that takes depends only on how alike the
/// hashes are. A caller who wants to learn a stored key from timing must steer the hash of their
/// guess toward the stored hash one character at a time, which SHA-256 makes as hard as finding a
/// preimage; and learning a prefix of the hash would not reveal the key anyway. The hash the
/// lookup finds is compared once more with <see cref="CryptographicOperations.FixedTimeEquals"/>,
/// so that the final decision does not rest on the dictionary's comparer.
/// </remarks>
public sealed class ApiKeyDirectory
{
    private readonly FrozenDictionary<string, Entry> byHash;

    private sealed record Entry(byte[] Hash, string Tenant, string Role);

    public ApiKeyDirectory(IOptions<OkubeOptions> options)
    {
        var keys = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (tenant, settings) in options.Value.Tenants)
        {
            foreach (var key in settings.ApiKeys)
            {
                if (StoredHashOf(key) is { } hash)
                {
                    keys[hash] = new Entry(Convert.FromHexString(hash), tenant, key.Role);
                }
            }
        }
        byHash = keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static string HashOf(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The lower-case hex SHA-256 a configured key is known by; null when it names none.</summary>
    public static string? StoredHashOf(ApiKeyOptions key) =>
        key.KeySha256?.Trim().ToLowerInvariant() ?? (string.IsNullOrEmpty(key.Key) ? null : HashOf(key.Key));

    /// <summary>Whether a configured <c>KeySha256</c> is 64 hex digits.</summary>
    public static bool IsHash(string text) => text.Trim().Length == 64 && text.Trim().All(char.IsAsciiHexDigit);

    public bool TryResolve(string presentedKey, out string tenant, out string role)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        if (byHash.TryGetValue(Convert.ToHexStringLower(presented), out var found) &&
            CryptographicOperations.FixedTimeEquals(found.Hash, presented))
        {
            (tenant, role) = (found.Tenant, found.Role);
            return true;
        }
        tenant = role = "";
        return false;
    }
}
