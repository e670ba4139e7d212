using Okube.Actors.Events;

namespace Okube.Actors.Grains;

/// <summary>
/// One subject (key: <see cref="SubjectKey.GrainKey"/>). Implicitly subscribed to the
/// subject's event stream; routes events to the identity (person) the subject belongs to,
/// and runs the merge protocol for identity links that arrive on its stream.
/// </summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>The key of the identity grain this subject points to (its person, or one merged into it).</summary>
    [AlwaysInterleave]
    Task<string> GetPersonAsync();

    /// <summary>
    /// Points this subject at the person that absorbed its previous one. Not interleaving: it
    /// writes state, and two writes in flight at once would conflict on the ETag. Nobody
    /// waits on it while holding this device (merges send it without awaiting).
    /// </summary>
    Task SetPersonAsync(string personKey);

    /// <summary>The person this subject points to, and whether its events are suppressed.</summary>
    [AlwaysInterleave]
    Task<DeviceStatus> GetStatusAsync();

    /// <summary>
    /// Records a suppression (contract section 6): from now on every event on this subject's
    /// stream is dropped (counted as processed), and identity links leave it out. Only ever
    /// raised: objection, then erasure.
    /// </summary>
    Task SuppressAsync(Suppression suppression);
}

/// <summary>Why a subject's events are dropped.</summary>
public enum Suppression
{
    None = 0,

    /// <summary>The person objected to processing: later events are dropped, what is held stays.</summary>
    Objected = 1,

    /// <summary>The person was erased: later events (and replays) are dropped.</summary>
    Erased = 2,
}

[GenerateSerializer, Immutable]
public sealed record DeviceStatus([property: Id(0)] string PersonKey, [property: Id(1)] Suppression Suppression);
