using Okube.Actors.Events;

namespace Okube.Actors.Streams.EventHubs;

/// <summary>What one partner event data yielded: the valid events of its subject, and what was skipped.</summary>
public sealed record PartnerPayload(string? Tenant, SubjectEventBatch? Batch, int Events, IReadOnlyList<PayloadProblem> Problems)
{
    public static PartnerPayload Rejected(string? tenant, string problem) =>
        new(tenant, null, 0, [new PayloadProblem(PayloadProblem.Payload, null, problem)]);
}

/// <summary>One reason input was skipped; <paramref name="Index"/> is the event's place in the payload array.</summary>
public sealed record PayloadProblem(string Reason, int? Index, string Message)
{
    public const string Payload = "payload";
    public const string Event = "event";
    public const string Subject = "subject";

    public override string ToString() => Index is { } i ? $"event {i}: {Message}" : Message;
}
