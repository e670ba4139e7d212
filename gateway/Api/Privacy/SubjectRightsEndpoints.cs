using Okube.Actors.Events;
using System.Security.Claims;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Privacy;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>Access, erasure and objection for one subject, and the audit log (dpo role).</summary>
public static class SubjectRightsEndpoints
{
    public const int MaxAuditEntries = 1000;

    /// <summary>GET /v1/privacy/audit: newest first.</summary>
    public sealed record AuditLog(AuditEntry[] Entries);

    public static IEndpointRouteBuilder MapSubjectRightsEndpoints(this IEndpointRouteBuilder app)
    {
        var dpo = app.MapGroup("/v1").RequireAuthorization(Roles.Dpo).WithTags("Data-subject rights");
        dpo.MapGet("/subjects/{kind}/{id}", Export)
            .WithName("ExportSubject")
            .WithSummary("Everything held about the person this subject belongs to (404 when nothing is held)")
            .Produces<PersonExport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesAuthProblems();
        dpo.MapDelete("/subjects/{kind}/{id}", Erase)
            .WithName("EraseSubject")
            .WithSummary("Erase the person this subject belongs to; later events for their subjects are dropped")
            .Produces<SubjectRights.Outcome>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesAuthProblems();
        dpo.MapPost("/subjects/{kind}/{id}/objection", Object)
            .WithName("ObjectSubject")
            .WithSummary("Stop processing the person's later events (suppression without deletion)")
            .Produces<SubjectRights.Outcome>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesAuthProblems();
        dpo.MapGet("/privacy/audit", Audit)
            .WithName("PrivacyAudit")
            .WithSummary("The tenant's data-subject requests, newest first")
            .Produces<AuditLog>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesAuthProblems();
        return app;
    }

    private static Task<IResult> Export(string kind, string id, HttpContext context, SubjectRights rights) =>
        ForSubject(kind, id, context, rights, async (subjects, actor) =>
            await rights.ExportAsync(subjects, actor) is { } export
                ? Results.Ok(export)
                : Problems.Result(StatusCodes.Status404NotFound, "Not found", "Nothing is held about the person this subject belongs to."));

    private static Task<IResult> Erase(string kind, string id, HttpContext context, SubjectRights rights) =>
        ForSubject(kind, id, context, rights, async (subjects, actor) =>
            Results.Json(await rights.EraseAsync(subjects, actor), statusCode: StatusCodes.Status202Accepted));

    private static Task<IResult> Object(string kind, string id, HttpContext context, SubjectRights rights) =>
        ForSubject(kind, id, context, rights, async (subjects, actor) =>
            Results.Json(await rights.ObjectAsync(subjects, actor), statusCode: StatusCodes.Status202Accepted));

    /// <summary>Pseudonymises the subject of the route (under every key version) and serves the request, or answers 400.</summary>
    private static Task<IResult> ForSubject(string kind, string id, HttpContext context, SubjectRights rights,
        Func<IReadOnlyList<SubjectKey>, string, Task<IResult>> serve) =>
        rights.TryResolve(context.User.TenantOf(), kind, id, out var subjects, out var error)
            ? serve(subjects, ActorOf(context.User))
            : Task.FromResult(Problems.BadRequest(error));

    private static async Task<IResult> Audit(HttpContext context, SubjectRights rights, int? limit)
    {
        if (limit is < 1 or > MaxAuditEntries)
        {
            return Problems.BadRequest($"limit must be 1 to {MaxAuditEntries}");
        }
        return Results.Ok(new AuditLog(await rights.AuditLogAsync(context.User.TenantOf(), limit ?? 100)));
    }

    private static string ActorOf(ClaimsPrincipal user) => user.FindFirstValue(TenantClaims.KeyFingerprint) ?? "unknown";
}
