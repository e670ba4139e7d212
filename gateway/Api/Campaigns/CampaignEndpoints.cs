using System.Globalization;
using System.Text.Json;
using Okube.Actors.Credit;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Gateway.Ingest;
using Okube.Actors.Grains;

namespace Okube.Actors.Gateway.Campaigns;

public static class CampaignEndpoints
{
    public sealed record CampaignBody(string? Name, string? Channel);

    public sealed record CampaignResponse(string Id, string? Name, string? Channel);

    /// <param name="Date">YYYY-MM-DD.</param>
    public sealed record SpendRowBody(string Date, double Amount);

    public sealed record SpendResponse(string Campaign, int Accepted, IReadOnlyList<RejectedEvent> Rejected);

    public static IEndpointRouteBuilder MapCampaignEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPut("/v1/campaigns/{id}", PutCampaign)
            .RequireAuthorization(Roles.Retailer)
            .WithName("PutCampaign")
            .WithTags("Campaigns")
            .WithSummary("Record a campaign's name and channel")
            .Accepts<CampaignBody>("application/json")
            .Produces<CampaignResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesAuthProblems();
        app.MapPost("/v1/campaigns/{id}/spend", PostSpend)
            .RequireAuthorization(Roles.Retailer)
            .WithName("PostSpend")
            .WithTags("Campaigns")
            .WithSummary("Record daily spend; a row for a date already given replaces it")
            .Accepts<SpendRowBody[]>("application/json")
            .Produces<SpendResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesAuthProblems();
        app.MapCampaignQueries();
        return app;
    }

    private static async Task<IResult> PutCampaign(string id, HttpContext context, IClusterClient cluster)
    {
        if (!ValidId(id, out var problem))
        {
            return problem;
        }
        CampaignBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<CampaignBody>(context.Request.Body, Json.Options, context.RequestAborted);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"the body is not a JSON object {{\"name\": ..., \"channel\": ...}}: {e.Message}");
        }
        if (body is null)
        {
            return Problems.BadRequest("the body must be a JSON object {\"name\": ..., \"channel\": ...}");
        }
        if (body.Name?.Length > 256 || body.Channel?.Length > 64)
        {
            return Problems.BadRequest("name is limited to 256 characters and channel to 64");
        }
        var tenant = context.User.TenantOf();
        await cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id))
            .SetMetadataAsync(new CampaignMetadata(body.Name, body.Channel));
        return Results.Ok(new CampaignResponse(id, body.Name, body.Channel));
    }

    private static async Task<IResult> PostSpend(string id, HttpContext context, IClusterClient cluster)
    {
        if (!ValidId(id, out var problem))
        {
            return problem;
        }
        JsonDocument doc;
        try
        {
            doc = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"the body is not JSON: {e.Message}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Problems.BadRequest("the body must be an array of {\"date\": \"YYYY-MM-DD\", \"amount\": number}");
            }
            var rows = new List<SpendRow>();
            var rejected = new List<RejectedEvent>();
            var index = 0;
            foreach (var row in doc.RootElement.EnumerateArray())
            {
                if (TryParseRow(row, out var spend, out var error))
                {
                    rows.Add(spend);
                }
                else
                {
                    rejected.Add(new RejectedEvent(index, error));
                }
                index++;
            }
            if (rows.Count > 0)
            {
                var tenant = context.User.TenantOf();
                await cluster.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, id)).SetSpendAsync([.. rows]);
            }
            return Results.Ok(new SpendResponse(id, rows.Count, rejected));
        }
    }

    private static bool TryParseRow(JsonElement row, out SpendRow spend, out string error)
    {
        spend = null!;
        error = "";
        if (row.ValueKind != JsonValueKind.Object)
        {
            error = "a spend row must be an object {\"date\": \"YYYY-MM-DD\", \"amount\": number}";
            return false;
        }
        if (!row.TryGetProperty("date", out var date) || date.ValueKind != JsonValueKind.String ||
            !DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            error = "date must be a string YYYY-MM-DD";
            return false;
        }
        if (!row.TryGetProperty("amount", out var amount) || amount.ValueKind != JsonValueKind.Number ||
            !amount.TryGetDouble(out var value) || !double.IsFinite(value) || value < 0)
        {
            error = "amount must be a number, 0 or more";
            return false;
        }
        spend = new SpendRow(day, value);
        return true;
    }

    private static bool ValidId(string id, out IResult problem)
    {
        problem = Results.Empty;
        if (id.Length is 0 or > 128)
        {
            problem = Problems.BadRequest("a campaign id is 1 to 128 characters long");
            return false;
        }
        return true;
    }
}
