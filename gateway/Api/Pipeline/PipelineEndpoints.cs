using Okube.Actors.Gateway.Auth;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Pipeline;

public static class PipelineEndpoints
{
    public sealed record PipelineStatus(long Accepted, long Processed);

    public static IEndpointRouteBuilder MapPipelineEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/pipeline/status", async (HttpContext context, IClusterClient cluster, IOptions<OkubeOptions> options) =>
            {
                var tenant = context.User.TenantOf();
                var shards = options.Value.Ingest.EventIdShards;
                var accepted = await Task.WhenAll(Enumerable.Range(0, shards).Select(s =>
                    cluster.GetGrain<IEventIdIndexGrain>(GrainKeys.EventIdShard(tenant, s)).GetCountAsync()));
                var processed = await cluster.GetGrain<ITenantGrain>(tenant).GetProcessedAsync();
                return Results.Ok(new PipelineStatus(accepted.Sum(), processed));
            })
            .RequireAuthorization(Roles.AnyRole)
            .WithName("PipelineStatus")
            .WithTags("Pipeline")
            .WithSummary("Events accepted, and how many of them the reports now show")
            .Produces<PipelineStatus>()
            .ProducesAuthProblems();
        return app;
    }
}
