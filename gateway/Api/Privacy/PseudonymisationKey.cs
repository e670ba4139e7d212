using System.Security.Cryptography;
using System.Text;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>
/// One key of the keyed hash behind pseudonyms: HMAC-SHA256, truncated to 128 bits and
/// base64url-encoded (22 characters). Version 1 writes the bare hash, as before versions
/// existed; a later version n writes "v{n}." before it, so that a stored subject tells which
/// version made it.
/// </summary>
internal sealed class PseudonymisationKey
{
    private readonly byte[] key;

    /// <param name="secret">Configured secret; the HMAC key is its SHA-256.</param>
    public PseudonymisationKey(int version, string secret)
    {
        Version = version;
        key = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    public int Version { get; }

    public string Pseudonym(string value) => Version == 1 ? Keyed(key, value) : $"v{Version}.{Keyed(key, value)}";

    public static string Keyed(ReadOnlySpan<byte> key, string value)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value), mac);
        return Convert.ToBase64String(mac[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
