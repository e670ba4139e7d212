using System.Globalization;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Credit;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Reports;

public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/reports/campaigns", async (HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
                string? model, string? from, string? to) =>
            await Build(context, cluster, options.Value, model, from, to, ReportAssembler.Campaigns))
            .RequireAuthorization(Roles.Retailer)
            .WithName("CampaignReport")
            .WithSummary("Attributed conversions, revenue, store visits and ROAS per campaign");
        app.MapGet("/v1/reports/channels", async (HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
                string? model, string? from, string? to) =>
            await Build(context, cluster, options.Value, model, from, to, ReportAssembler.Channels))
            .RequireAuthorization(Roles.Retailer)
            .WithName("ChannelReport")
            .WithSummary("The same figures per channel");
        return app;
    }

    private static async Task<IResult> Build<T>(HttpContext context, IClusterClient cluster, OkubeOptions options,
        string? model, string? from, string? to,
        Func<string, string, int, IReadOnlyList<CampaignFigures>, ChannelFigures, T> assemble)
    {
        if (!AttributionModels.TryParse(model, out _))
        {
            return Problems.BadRequest(
                $"model '{model}' is not one of {string.Join(", ", AttributionModels.Names)}");
        }
        if (!TryParseDay(from, "from", out var fromDay, out var error) || !TryParseDay(to, "to", out var toDay, out error))
        {
            return Problems.BadRequest(error);
        }
        if (fromDay > toDay)
        {
            return Problems.BadRequest($"from {from} is after to {to}");
        }
        var tenant = context.User.TenantOf();
        var settings = options.Tenants.GetValueOrDefault(tenant) ?? new TenantOptions();
        var campaignIds = await cluster.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        var figures = await Task.WhenAll(campaignIds.Select(id =>
            cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetFiguresAsync(model!, fromDay, toDay)));
        var unattributed = await cluster.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(fromDay, toDay);
        var tally = await cluster.GetGrain<ITenantGrain>(tenant).GetConsentAsync();
        var consent = new ConsentSummary(tally.Used + tally.Dropped, tally.Used, tally.ConsentedShare);
        object report = assemble(model!, settings.Currency, settings.MinPersons, figures, unattributed) switch
        {
            CampaignReport r => r with { Consent = consent },
            ChannelReport r => r with { Consent = consent },
            var other => other!,
        };
        return Results.Ok(report);
    }

    private static bool TryParseDay(string? text, string name, out DateOnly? day, out string error)
    {
        day = null;
        error = "";
        if (text is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        error = $"{name} '{text}' is not a date YYYY-MM-DD";
        return false;
    }
}
