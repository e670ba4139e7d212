using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Okube.Actors.Configuration;

namespace Okube.Actors.Streams.Cluster;

public static class ModeConfiguration
{
    /// <summary>
    /// Adds appsettings.{Mode}.json (Local or Cluster) above appsettings.json and below the
    /// environment and command line, so that a mode's profile sets defaults that an operator
    /// can still override.
    /// </summary>
    public static HostingMode AddModeProfile(this IConfigurationManager configuration)
    {
        var mode = configuration.GetValue(OkubeOptions.Section + ":Mode", HostingMode.Local);
        var profile = new JsonConfigurationSource { Path = $"appsettings.{mode}.json", Optional = true, ReloadOnChange = false };
        profile.ResolveFileProvider();
        var sources = configuration.Sources;
        var at = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(at < 0 ? sources.Count : at, profile);
        return mode;
    }
}
