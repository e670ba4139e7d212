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
            await Build(context, cluster, options.Value, model, from, to,
                (m, currency, min, figures, unattributed, consent) =>
                    ReportAssembler.Campaigns(m, currency, min, figures, unattributed) with { Consent = consent }))
            .RequireAuthorization(Roles.Retailer)
            .WithName("CampaignReport")
            .WithTags("Reports")
            .WithSummary("Attributed conversions, revenue, store visits and ROAS per campaign")
            .Produces<CampaignReport>()
            .ProducesReportProblems();
        app.MapGet("/v1/reports/channels", async (HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
                string? model, string? from, string? to) =>
            await Build(context, cluster, options.Value, model, from, to,
                (m, currency, min, figures, unattributed, consent) =>
                    ReportAssembler.Channels(m, currency, min, figures, unattributed) with { Consent = consent }))
            .RequireAuthorization(Roles.Retailer)
            .WithName("ChannelReport")
            .WithTags("Reports")
            .WithSummary("The same figures per channel")
            .Produces<ChannelReport>()
            .ProducesReportProblems();
        app.MapBreakdownReports();
        return app;
    }

    /// <summary>The errors every report may answer: bad query, no key, wrong role, rate limit.</summary>
    internal static RouteHandlerBuilder ProducesReportProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest).ProducesAuthProblems();

    private static async Task<IResult> Build<T>(HttpContext context, IClusterClient cluster, OkubeOptions options,
        string? model, string? from, string? to,
        Func<string, string, int, IReadOnlyList<CampaignFigures>, ChannelFigures, ConsentSummary, T> assemble)
    {
        if (ReportQuery.Check(model, from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }
        var tenant = context.User.TenantOf();
        var settings = options.Settings(tenant);
        var tenantGrain = cluster.GetGrain<ITenantGrain>(tenant);
        var tallying = tenantGrain.GetConsentAsync();
        var campaignIds = await tenantGrain.GetCampaignsAsync();
        var figures = await Task.WhenAll(campaignIds.Select(id =>
            cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).GetFiguresAsync(model!, fromDay, toDay)));
        var unattributed = await cluster.GetGrain<IUnattributedGrain>(tenant).GetFiguresAsync(fromDay, toDay);
        var tally = await tallying;
        var consent = new ConsentSummary(tally.Used + tally.Dropped, tally.Used, tally.ConsentedShare);
        return Results.Ok(assemble(model!, settings.Currency, settings.MinPersons, figures, unattributed, consent));
    }
}
