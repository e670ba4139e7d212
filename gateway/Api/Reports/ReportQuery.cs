using System.Globalization;
using Okube.Actors.Attribution.Models;

namespace Okube.Actors.Gateway.Reports;

/// <summary>The query of a report (model, from, to), checked; a problem answer when it is bad.</summary>
internal static class ReportQuery
{
    /// <summary>Null when model and range are good; otherwise the 400 to answer.</summary>
    public static IResult? Check(string? model, string? from, string? to, out DateOnly? fromDay, out DateOnly? toDay)
    {
        if (!AttributionModels.TryParse(model, out _))
        {
            fromDay = toDay = null;
            return Problems.BadRequest($"model '{model}' is not one of {string.Join(", ", AttributionModels.Names)}");
        }
        return CheckRange(from, to, out fromDay, out toDay);
    }

    /// <summary>Null when from and to are absent or days YYYY-MM-DD in order; otherwise the 400 to answer.</summary>
    public static IResult? CheckRange(string? from, string? to, out DateOnly? fromDay, out DateOnly? toDay)
    {
        toDay = null;
        if (!TryParseDay(from, "from", out fromDay, out var error) || !TryParseDay(to, "to", out toDay, out error))
        {
            return Problems.BadRequest(error);
        }
        return fromDay > toDay ? Problems.BadRequest($"from {from} is after to {to}") : null;
    }

    public static TenantOptions Settings(this OkubeOptions options, string tenant) =>
        options.Tenants.GetValueOrDefault(tenant) ?? new TenantOptions();

    private static bool TryParseDay(string? text, string name, out DateOnly? day, out string error)
    {
        day = null;
        error = "";
        if (text is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        error = $"{name} '{text}' is not a date YYYY-MM-DD";
        return false;
    }
}
