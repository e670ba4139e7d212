namespace Okube.Actors.Events;

/// <summary>Names shared by the publisher (gateway) and the subscribers (device grains).</summary>
public static class EventStreams
{
    /// <summary>The stream provider's name in every mode.</summary>
    public const string Provider = "events";

    /// <summary>Stream namespace of per-subject streams; the stream key is the subject's grain key.</summary>
    public const string SubjectNamespace = "subjects";
}
