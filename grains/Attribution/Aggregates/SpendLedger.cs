using Okube.Actors.Attribution.Ledger;

namespace Okube.Actors.Attribution.Aggregates;

/// <summary>
/// A campaign's spend by UTC day. A day's spend is the retailer's figure for that day when
/// one was given (a later figure for the same day replaces it); otherwise the sum of the
/// costs its touchpoints reported.
/// </summary>
public sealed class SpendLedger
{
    private readonly Dictionary<DateOnly, double> declared = [];
    private readonly Dictionary<DateOnly, double> touchCosts = [];
    private readonly HashSet<string> costedTouches = new(StringComparer.Ordinal);
    private readonly HashSet<string> retractedTouches = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<DateOnly, double> Declared => declared;
    public IReadOnlyDictionary<DateOnly, double> TouchCosts => touchCosts;
    public IReadOnlyCollection<string> CostedTouches => costedTouches;
    public IReadOnlyCollection<string> RetractedTouches => retractedTouches;

    public void Declare(DateOnly day, double amount) => declared[day] = amount;

    /// <summary>Adds a touch's cost once; a repeated touch id changes nothing.</summary>
    public bool AddCost(CostLine line)
    {
        if (!costedTouches.Add(line.TouchpointId))
        {
            return false;
        }
        touchCosts[line.Day] = touchCosts.GetValueOrDefault(line.Day) + line.Cost;
        return true;
    }

    /// <summary>
    /// Takes a touch's cost back out (its person was erased), once. A retraction that overtakes
    /// the cost it retracts also keeps that cost from being counted later.
    /// </summary>
    public bool RetractCost(CostLine line)
    {
        if (!retractedTouches.Add(line.TouchpointId))
        {
            return false;
        }
        if (!costedTouches.Add(line.TouchpointId))
        {
            touchCosts[line.Day] = touchCosts.GetValueOrDefault(line.Day) - line.Cost;
        }
        return true;
    }

    /// <summary>Applies a cost line, or its retraction.</summary>
    public bool Apply(CostLine line) => line.Retracted ? RetractCost(line) : AddCost(line);

    /// <summary>Restores summed touch costs and the touches already counted (or retracted), from persisted state.</summary>
    public void RestoreTouchCosts(IEnumerable<KeyValuePair<DateOnly, double>> costsByDay, IEnumerable<string> touchIds,
        IEnumerable<string>? retractedIds = null)
    {
        foreach (var (day, amount) in costsByDay)
        {
            touchCosts[day] = amount;
        }
        costedTouches.UnionWith(touchIds);
        retractedTouches.UnionWith(retractedIds ?? []);
    }

    public double Total(DayRange range) => ByDay(range).Values.Sum();

    /// <summary>Each day in range with spend: the declared figure, else the touches' costs.</summary>
    public SortedDictionary<DateOnly, double> ByDay(DayRange range)
    {
        var days = new SortedDictionary<DateOnly, double>();
        foreach (var (day, amount) in touchCosts)
        {
            if (range.Contains(day)) days[day] = amount;
        }
        foreach (var (day, amount) in declared)
        {
            if (range.Contains(day)) days[day] = amount;
        }
        return days;
    }
}
