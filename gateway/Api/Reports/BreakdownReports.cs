using Okube.Actors.Credit;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Reports;

/// <summary>GET /v1/reports/days and /v1/reports/stores: the figures by day and by store, for the dashboard.</summary>
public static class BreakdownReports
{
    public static IEndpointRouteBuilder MapBreakdownReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/reports/days", Days)
            .RequireAuthorization(Roles.Retailer)
            .WithName("DayReport")
            .WithTags("Reports")
            .WithSummary("Attributed figures and spend by UTC day, for the tenant or one campaign")
            .Produces<DayReport>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesReportProblems();
        app.MapGet("/v1/reports/stores", Stores)
            .RequireAuthorization(Roles.Retailer)
            .WithName("StoreReport")
            .WithTags("Reports")
            .WithSummary("Attributed figures by store; online transactions under \"online\"")
            .Produces<StoreReport>()
            .ProducesReportProblems();
        return app;
    }

    private static async Task<IResult> Days(HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
        string? model, string? from, string? to, string? campaign)
    {
        if (ReportQuery.Check(model, from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }
        var tenant = context.User.TenantOf();
        var settings = options.Value.Settings(tenant);
        var campaigns = await cluster.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        if (campaign is not null)
        {
            if (!campaigns.Contains(campaign, StringComparer.Ordinal))
            {
                return Problems.NotFound($"campaign '{campaign}' is not in the tenant's catalogue");
            }
            campaigns = [campaign];
        }
        var rows = await BreakdownsAsync(cluster, tenant, campaigns, model!, Breakdown.Day, fromDay, toDay);
        var unattributed = campaign is null
            ? await cluster.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(fromDay, toDay)
            : null;
        return Results.Ok(ReportAssembler.Days(model!, settings.Currency, settings.MinPersons, campaign, rows, unattributed));
    }

    private static async Task<IResult> Stores(HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
        string? model, string? from, string? to)
    {
        if (ReportQuery.Check(model, from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }
        var tenant = context.User.TenantOf();
        var settings = options.Value.Settings(tenant);
        var campaigns = await cluster.GetGrain<ITenantGrain>(tenant).GetCampaignsAsync();
        var rows = await BreakdownsAsync(cluster, tenant, campaigns, model!, Breakdown.Store, fromDay, toDay);
        var unattributed = await cluster.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(fromDay, toDay);
        return Results.Ok(ReportAssembler.Stores(model!, settings.Currency, settings.MinPersons, rows, unattributed));
    }

    private static Task<RowFigures[][]> BreakdownsAsync(IClusterClient cluster, string tenant, IEnumerable<string> campaigns,
        string model, Breakdown by, DateOnly? from, DateOnly? to) =>
        Task.WhenAll(campaigns.Select(id =>
            cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetBreakdownAsync(model, by, from, to)));
}
