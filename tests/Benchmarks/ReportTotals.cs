namespace Okube.Actors.Benchmarks;

/// <summary>Sums over every row and the unattributed bucket of one model's report.</summary>
public sealed record ReportTotals(double Conversions, double Revenue, double StoreVisits, double Spend)
{
    /// <summary>Equal within a relative tolerance (sums in another order differ in the last bits).</summary>
    public bool Matches(ReportTotals other, double tolerance = 1e-9) =>
        Close(Conversions, other.Conversions, tolerance) && Close(Revenue, other.Revenue, tolerance) &&
        Close(StoreVisits, other.StoreVisits, tolerance) && Close(Spend, other.Spend, tolerance);

    private static bool Close(double a, double b, double tolerance) =>
        Math.Abs(a - b) <= tolerance * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    public override string ToString() =>
        $"conversions {Conversions:F3}, revenue {Revenue:F2}, store visits {StoreVisits:F3}, spend {Spend:F3}";
}
