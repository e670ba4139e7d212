using Microsoft.Playwright;
using Okube.Actors.Tests.Browser.Infrastructure;

namespace Okube.Actors.Tests.Browser;

/// <summary>One seeded local silo on a real port and one Chromium, shared by the dashboard tests.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public LocalSilo Silo { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Events the silo accepted from the seed (all of them processed).</summary>
    public long Accepted { get; private set; }

    public async Task InitializeAsync()
    {
        Silo.Start();
        var launch = LaunchAsync();
        using (var client = Silo.Client())
        {
            Accepted = await Seed.FeedAsync(client);
        }
        Browser = await launch;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await Silo.DisposeAsync();
    }

    /// <summary>A fresh browser context (empty localStorage) on the silo, in English.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Silo.BaseAddress.ToString(),
            Locale = "en-US",
            TimezoneId = "UTC",
            ViewportSize = new ViewportSize { Width = 1280, Height = 1400 },
        });
        return await context.NewPageAsync();
    }

    private async Task<IBrowser> LaunchAsync()
    {
        playwright = await Playwright.CreateAsync();
        return await Chromium.LaunchAsync(playwright);
    }
}
