using Microsoft.Extensions.Options;

namespace Okube.Actors.Configuration;

/// <summary>
/// Fails start-up on pseudonymisation keys that cannot be meant: a version below 1, a
/// version given twice, an empty secret, or keys next to a PseudonymisationSecret (which
/// of the two is version 1?). Each failure names its configuration key.
/// </summary>
public sealed class PseudonymisationKeysValidator : IValidateOptions<OkubeOptions>
{
    public ValidateOptionsResult Validate(string? name, OkubeOptions options)
    {
        var failures = options.Tenants.SelectMany(t => Problems(t.Key, t.Value)).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(string tenant, TenantOptions options)
    {
        var prefix = $"{OkubeOptions.Section}:Tenants:{tenant}:";
        var keys = options.PseudonymisationKeys;
        if (keys.Count > 0 && !string.IsNullOrEmpty(options.PseudonymisationSecret))
        {
            yield return $"{prefix}PseudonymisationSecret is set next to {prefix}PseudonymisationKeys: " +
                "move it into PseudonymisationKeys as Version 1 (its pseudonyms stay the same) and unset it.";
        }
        var firstOfVersion = new Dictionary<int, int>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = $"{prefix}PseudonymisationKeys:{i}:";
            if (keys[i].Version < 1)
            {
                yield return $"{key}Version must be 1 or more, not {keys[i].Version}.";
            }
            else if (!firstOfVersion.TryAdd(keys[i].Version, i))
            {
                yield return $"{key}Version {keys[i].Version} is already given by {prefix}PseudonymisationKeys:{firstOfVersion[keys[i].Version]}.";
            }
            if (string.IsNullOrWhiteSpace(keys[i].Secret))
            {
                yield return $"{key}Secret must not be empty.";
            }
        }
    }
}
