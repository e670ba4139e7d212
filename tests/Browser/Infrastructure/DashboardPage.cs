using System.Text.Json;
using Microsoft.Playwright;

namespace Okube.Actors.Tests.Browser.Infrastructure;

/// <summary>What a person does and sees on the dashboard, read from its accessible markup.</summary>
public sealed class DashboardPage(IPage page)
{
    /// <summary>Figures of the campaign table, as rendered (data-value of each numeric cell).</summary>
    public sealed record Row(string Campaign, string Heading, IReadOnlyDictionary<string, double?> Values);

    public IPage Page => page;

    public async Task OpenWithKeyAsync(string key)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("API key (retailer)").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open dashboard" }).ClickAsync();
    }

    public Task ChooseModelAsync(string model) => page.GetByLabel("Attribution model").SelectOptionAsync(model);

    /// <summary>Waits until the campaign table shows the report of <paramref name="model"/>.</summary>
    public async Task<IReadOnlyList<Row>> CampaignRowsAsync(string model)
    {
        await page.WaitForSelectorAsync($"#campaigns[data-model='{model}'] #campaign-rows tr[data-campaign]");
        return await RowsAsync("#campaign-rows tr[data-campaign]", "campaign");
    }

    public async Task<Row?> BucketAsync(string bucket) =>
        (await RowsAsync($"#campaign-totals tr[data-bucket='{bucket}']", "bucket")).SingleOrDefault();

    /// <summary>Clicks the campaign's name in the table, which picks it for the models side by side.</summary>
    public Task CompareAsync(string campaign) =>
        page.Locator($"#campaign-rows tr[data-campaign='{campaign}'] th").GetByRole(AriaRole.Button).ClickAsync();

    /// <summary>The models-side-by-side rows (keyed by model) once they show <paramref name="campaign"/>.</summary>
    public async Task<IReadOnlyList<Row>> ComparisonRowsAsync(string campaign)
    {
        await page.WaitForSelectorAsync($"#compare[data-campaign='{campaign}'] #compare-rows tr[data-model]");
        return await RowsAsync("#compare-rows tr[data-model]", "model");
    }

    /// <summary>Painted pixels of the chart's canvas, once it has data points.</summary>
    public async Task<int> ChartPixelsAsync()
    {
        await page.WaitForFunctionAsync("() => Number(document.getElementById('trend-chart').dataset.points) > 0");
        return await page.EvaluateAsync<int>("""
            () => {
              const canvas = document.getElementById('trend-chart');
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < pixels.length; i += 4) {
                if (pixels[i] > 0) painted++;
              }
              return painted;
            }
            """);
    }

    /// <summary>Where the chart's points come from ("days" or "weeks") and the revenue it sums, under the model.</summary>
    public async Task<(string Source, double Revenue)> ChartTotalAsync(string model)
    {
        var chart = page.Locator($"#trend-chart[data-model='{model}']");
        return ((await chart.GetAttributeAsync("data-source"))!,
            double.Parse((await chart.GetAttributeAsync("data-revenue"))!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<IReadOnlyList<Row>> RowsAsync(string selector, string key)
    {
        var json = await page.EvaluateAsync<string>("""
            ([selector, key]) => JSON.stringify([...document.querySelectorAll(selector)].map((row) => ({
              key: row.dataset[key],
              heading: row.querySelector('th').textContent,
              values: Object.fromEntries([...row.querySelectorAll('td[data-field]')]
                .map((cell) => [cell.dataset.field, cell.dataset.value])),
            })))
            """, new[] { selector, key });
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(row => new Row(
            row.GetProperty("key").GetString()!,
            row.GetProperty("heading").GetString()!,
            row.GetProperty("values").EnumerateObject().ToDictionary(
                v => v.Name,
                v => double.TryParse(v.Value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (double?)null)))];
    }
}
