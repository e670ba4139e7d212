using Microsoft.Playwright;

namespace Okube.Actors.Tests.Browser.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: `playwright install` cannot
/// work here). OKUBE_CHROMIUM overrides the path; .ci/run installs the package when missing.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Headless as root, on a closed network: no sandbox, no GPU, no calls home.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("OKUBE_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        File.Exists(ExecutablePath).Should().BeTrue(
            $"the browser tests drive Chromium at {ExecutablePath}: install it with `apt-get install -y chromium` " +
            "(.ci/run does) or set OKUBE_CHROMIUM");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
        });
    }
}
