using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Okube.Actors.Gateway.Auth;

namespace Okube.Actors.Gateway.Ingest;

public static class EventEndpoints
{
    public const string Ndjson = "application/x-ndjson";
    public const string JsonArray = "application/json";
    public const string MessagePack = "application/x-msgpack";

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/events", PostEvents)
            .RequireAuthorization(Roles.EventSenders)
            .WithName("PostEvents")
            .WithTags("Events")
            .WithSummary("Send a batch of events (NDJSON, a JSON array or a MessagePack array of maps)")
            .Accepts<EventBody[]>(JsonArray, Ndjson, MessagePack)
            .Produces<IngestResult>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesAuthProblems();
        return app;
    }

    private static async Task<IResult> PostEvents(HttpContext context, EventIngestor ingestor, IOptions<OkubeOptions> options)
    {
        var limits = options.Value.Ingest;
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not (Ndjson or JsonArray or MessagePack))
        {
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send application/x-ndjson (one event a line), application/json (an array of events) " +
                "or application/x-msgpack (an array of maps).");
        }
        if (context.Request.ContentLength > limits.MaxBodyBytes)
        {
            return TooLarge(limits.MaxBodyBytes);
        }
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limits.MaxBodyBytes + 1;
        }

        var body = await ReadBodyAsync(context.Request, limits.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return TooLarge(limits.MaxBodyBytes);
        }
        string? error;
        var items = mediaType switch
        {
            JsonArray => EventBodyReader.ReadJson(body.Value, out error),
            MessagePack => EventBodyReader.ReadMessagePack(body.Value, out error),
            _ => EventBodyReader.ReadNdjson(body.Value, out error),
        };
        if (items is null)
        {
            return Problems.BadRequest(error!);
        }
        if (items.Count > limits.MaxEventsPerRequest)
        {
            return Problems.Result(StatusCodes.Status413PayloadTooLarge, "Too many events",
                $"A request may carry at most {limits.MaxEventsPerRequest} events; this one has {items.Count}. Split it.");
        }

        var result = await ingestor.IngestAsync(context.User.TenantOf(), RoleOf(context), items);
        return Results.Json(result, statusCode: StatusCodes.Status202Accepted);
    }

    private static string RoleOf(HttpContext context) =>
        Roles.All.FirstOrDefault(context.User.IsInRole) ?? "";

    private static IResult TooLarge(long limit) =>
        Problems.Result(StatusCodes.Status413PayloadTooLarge, "Body too large",
            $"The body exceeds the limit of {limit} bytes. Split the batch.");

    /// <summary>Reads the whole body, or null once it passes the limit.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancel)
    {
        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 64 * 1024, limit) + 1);
        while (true)
        {
            var memory = buffer.GetMemory(64 * 1024);
            int read;
            try
            {
                read = await request.Body.ReadAsync(memory, cancel);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }
            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
