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
}
