using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Okube.Actors.Events;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>
/// Turns the ids partners send into the pseudonyms grains see: a keyed hash (see
/// <see cref="PseudonymisationKey"/>) under the tenant's newest key version. A raw email is
/// normalised and SHA-256 hashed first, so it meets its email_sha256 twin.
/// <para>
/// A raw MAC becomes an offline cookie under a random key of the UTC day that no one can
/// recompute once the day is over (<see cref="DailyMacKeys"/>): call
/// <see cref="EnsureDailyMacKeyAsync"/> before pseudonymising a batch that holds one. The
/// key lives in one grain's memory only, so a silo failure loses it: the rest of that day's
/// MACs get new pseudonyms, and the visits of one phone on that day split in two. That is
/// the price of never storing it.
/// </para>
/// </summary>
public sealed partial class SubjectPseudonymiser(IOptions<OkubeOptions> options, DailyMacKeys macKeys, ILogger<SubjectPseudonymiser> logger)
{
    private const string MacKeyUnavailable =
        "temporarily unavailable: today's key for MAC addresses could not be fetched; send the event again";

    /// <summary>Each tenant's key versions, newest first.</summary>
    private readonly ConcurrentDictionary<string, PseudonymisationKey[]> keys = new(StringComparer.Ordinal);

    /// <summary>Fetches the tenant's MAC key of the day unless held; a failure propagates (the MAC events cannot be pseudonymised).</summary>
    public ValueTask EnsureDailyMacKeyAsync(string tenant, CancellationToken cancellationToken) =>
        macKeys.EnsureTodayAsync(tenant, cancellationToken);

    /// <summary>Pseudonymises one subject given as kind name and raw id, under the tenant's newest key version.</summary>
    public bool TryPseudonymise(string tenant, string kindName, string rawId, out SubjectKey subject, out string error)
    {
        subject = null!;
        if (kindName == "mac")
        {
            if (!macKeys.TryGetCurrent(tenant, out var dayKey))
            {
                error = MacKeyUnavailable;
                return false;
            }
            error = "";
            if (NormaliseMac(rawId).Length != 12)
            {
                error = "mac must be 12 hexadecimal digits (separators allowed), such as 3c:22:fb:01:ab:9e";
                return false;
            }
            var value = $"{SubjectKey.NameOf(SubjectKind.OfflineCookie)}:mac:{NormaliseMac(rawId)}";
            subject = new SubjectKey(tenant, SubjectKind.OfflineCookie, PseudonymisationKey.Keyed(dayKey, value));
            return true;
        }
        if (!TryNormalise(kindName, rawId, out var kind, out var normalised, out error))
        {
            return false;
        }
        subject = new SubjectKey(tenant, kind, KeysOf(tenant)[0].Pseudonym(normalised));
        return true;
    }

    /// <summary>
    /// For a data subject's request: the subject's pseudonym under every key version the tenant
    /// still has, newest first, each once. A raw MAC has none to give: its day's key is never stored.
    /// </summary>
    public bool TryGetCandidatePseudonyms(string tenant, string kindName, string rawId,
        out IReadOnlyList<SubjectKey> candidates, out string error)
    {
        candidates = [];
        if (kindName == "mac")
        {
            error = "a raw mac cannot be looked up: its pseudonym's key is random per day and never stored";
            return false;
        }
        if (!TryNormalise(kindName, rawId, out var kind, out var normalised, out error))
        {
            return false;
        }
        candidates = KeysOf(tenant).Select(k => new SubjectKey(tenant, kind, k.Pseudonym(normalised))).Distinct().ToArray();
        return true;
    }

    /// <summary>The kind a raw id becomes and the text that is hashed ("kind:id").</summary>
    private static bool TryNormalise(string kindName, string rawId, out SubjectKind kind, out string normalised, out string error)
    {
        error = "";
        switch (kindName)
        {
            case "email":
                kind = SubjectKind.EmailSha256;
                normalised = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawId.Trim().ToLowerInvariant())));
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
                    normalised = "";
                    return false;
                }
                normalised = rawId;
                break;
        }
        normalised = $"{SubjectKey.NameOf(kind)}:{normalised}";
        return true;
    }

    private PseudonymisationKey[] KeysOf(string tenant) => keys.GetOrAdd(tenant, ConfiguredKeys);

    private PseudonymisationKey[] ConfiguredKeys(string tenant)
    {
        var configured = options.Value.Tenants.GetValueOrDefault(tenant);
        if (configured is { PseudonymisationKeys.Count: > 0 })
        {
            return configured.PseudonymisationKeys.OrderByDescending(k => k.Version)
                .Select(k => new PseudonymisationKey(k.Version, k.Secret)).ToArray();
        }
        var secret = configured?.PseudonymisationSecret;
        if (string.IsNullOrEmpty(secret))
        {
            LogDerivedSecret(tenant);
            secret = $"okube-local-only:{tenant}";
        }
        return [new PseudonymisationKey(1, secret)];
    }

    private static string NormaliseMac(string raw) =>
        new(raw.Where(char.IsAsciiHexDigit).Select(char.ToLowerInvariant).ToArray());

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Tenant {Tenant} has no PseudonymisationSecret: using a derived key fit for local use only")]
    private partial void LogDerivedSecret(string tenant);
}
