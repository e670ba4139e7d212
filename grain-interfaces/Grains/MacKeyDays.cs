using System.Globalization;

namespace Okube.Actors.Grains;

/// <summary>
/// The UTC day a MAC key belongs to, and when it may be used: during that day and for
/// <see cref="Grace"/> either side, so that a gateway whose clock is a little off the
/// silo's, or a batch read just before midnight, still gets its key.
/// </summary>
public static class MacKeyDays
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The first moment the day's key may be used.</summary>
    public static DateTimeOffset From(DateOnly day) => Start(day) - Grace;

    /// <summary>The moment the day's key is no longer used anywhere.</summary>
    public static DateTimeOffset Until(DateOnly day) => Start(day).AddDays(1) + Grace;

    public static bool IsUsable(DateOnly day, DateTimeOffset now) => now >= From(day) && now < Until(day);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
