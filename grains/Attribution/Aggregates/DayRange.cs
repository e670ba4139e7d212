namespace Okube.Actors.Attribution.Aggregates;

/// <summary>Inclusive UTC days; a missing bound is open.</summary>
public readonly record struct DayRange(DateOnly? From, DateOnly? To)
{
    public static DayRange All => default;

    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
