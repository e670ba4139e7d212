namespace Okube.Actors.Configuration;

/// <summary>
/// How long personal data is kept (contract section 6). Ages are measured from the event's
/// <c>occurred_at</c> (touchpoints) and from a person's newest event (persons) to the clock.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Touchpoints older than this are purged and their credit retracted (default 395 days).</summary>
    public TimeSpan Touchpoints { get; set; } = TimeSpan.FromDays(395);

    /// <summary>A person with no event newer than this is erased whole (default 3 years).</summary>
    public TimeSpan Persons { get; set; } = TimeSpan.FromDays(3 * 365);
}
