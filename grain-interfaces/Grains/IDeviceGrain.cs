using Okube.Actors.Events;

namespace Okube.Actors.Grains;

/// <summary>
/// One subject (key: <see cref="SubjectKey.GrainKey"/>). Implicitly subscribed to the
/// subject's event stream; routes events to the identity (person) the subject belongs to.
/// </summary>
public interface IDeviceGrain : IGrainWithStringKey
{
    /// <summary>The key of the identity grain this subject belongs to now.</summary>
    Task<string> GetPersonAsync();
}
