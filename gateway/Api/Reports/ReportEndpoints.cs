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
            .WithTags("Reports")
            .WithSummary("Attributed conversions, revenue, store visits and ROAS per campaign")
            .Produces<CampaignReport>()
            .ProducesReportProblems();
        app.MapGet("/v1/reports/channels", async (HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options,
                string? model, string? from, string? to) =>
            await Build(context, cluster, options.Value, model, from, to, ReportAssembler.Channels))
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
        Func<string, string, int, IReadOnlyList<CampaignFigures>, ChannelFigures, T> assemble)
    {
        if (ReportQuery.Check(model, from, to, out var fromDay, out var toDay) is { } problem)
        {
            return problem;
        }
        var tenant = context.User.TenantOf();
        var settings = options.Settings(tenant);
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
}
