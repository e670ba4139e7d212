using System.Globalization;

namespace Okube.Actors.Benchmarks;

internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(double value) => value.ToString("#,0", Invariant);

    public static string Ratio(double value) => value.ToString("0.00", Invariant);

    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals, Invariant);

    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", Invariant) + " s";

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", Invariant) + " MB";
}
