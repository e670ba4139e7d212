using System.Text.RegularExpressions;

namespace Okube.Actors.Configuration;

public static partial class TenantNames
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ValidName();

    public static bool IsValid(string name) => ValidName().IsMatch(name);
}
