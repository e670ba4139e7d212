using Okube.Actors.Gateway.Auth;
using Okube.Actors.Gateway.Reports;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Campaigns;

/// <summary>GET /v1/campaigns and GET /v1/campaigns/{id} (retailer).</summary>
public static class CampaignQueries
{
    public static IEndpointRouteBuilder MapCampaignQueries(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/campaigns", List)
            .RequireAuthorization(Roles.Retailer)
            .WithName("ListCampaigns")
            .WithTags("Campaigns")
            .WithSummary("Every campaign of the tenant: metadata, spend and linear figures")
            .Produces<CampaignList>()
            .ProducesReportProblems();
        app.MapGet("/v1/campaigns/{id}", Detail)
            .RequireAuthorization(Roles.Retailer)
            .WithName("GetCampaign")
            .WithTags("Campaigns")
            .WithSummary("One campaign: metadata, spend and its figures under every model side by side")
            .Produces<CampaignDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesReportProblems();
        return app;
    }

    private static async Task<IResult> List(HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
        string? from, string? to)
    {
        if (ReportQuery.CheckRange(from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }
        var tenant = context.User.TenantOf();
        var settings = options.Value.Settings(tenant);
        var ids = await cluster.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        var figures = await Task.WhenAll(ids.Select(id =>
            cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetFiguresAsync("linear", fromDay, toDay)));
        return Results.Ok(CampaignViews.List(settings.Currency, settings.MinPersons, figures));
    }

    private static async Task<IResult> Detail(string id, HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
        string? from, string? to)
    {
        if (ReportQuery.CheckRange(from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }
        var tenant = context.User.TenantOf();
        var ids = await cluster.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            return Problems.NotFound($"campaign '{id}' is not in the tenant's catalogue");
        }
        var settings = options.Value.Settings(tenant);
        var comparison = await cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetComparisonAsync(fromDay, toDay);
        return Results.Ok(CampaignViews.Detail(settings.Currency, settings.MinPersons, comparison));
    }
}
