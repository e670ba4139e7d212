using System.Text.Json;
using FluentAssertions;

namespace Okube.Actors.Tests.Support;

/// <summary>Compares a report as the API returned it (JSON) with the reference, to a relative tolerance.</summary>
public static class ReportAssertions
{
    public const double Tolerance = 1e-9;

    public static void ShouldMatch(JsonElement report, ExpectedReport expected, bool byCampaign)
    {
        var keyName = byCampaign ? "campaign" : "channel";
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty(keyName).GetString())
            .Should().Equal(expected.Rows.Select(r => r.Key), "the report shows the rows the contract implies");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var exp = expected.Rows[i];
            var at = $"row {exp.Key}";
            if (byCampaign)
            {
                row.GetProperty("channel").GetString().Should().Be(exp.Channel, at);
            }
            Close(row, "spend", exp.Spend, at);
            Close(row, "conversions", exp.Conversions, at);
            Close(row, "revenue", exp.Revenue, at);
            Close(row, "store_visits", exp.StoreVisits, at);
            row.GetProperty("persons").GetInt32().Should().Be(exp.Persons, at);
            if (exp.Roas is null)
            {
                row.GetProperty("roas").ValueKind.Should().Be(JsonValueKind.Null, at);
            }
            else
            {
                Close(row, "roas", exp.Roas.Value, at);
            }
        }
        var un = report.GetProperty("unattributed");
        Close(un, "conversions", expected.UnattributedConversions, "unattributed");
        Close(un, "revenue", expected.UnattributedRevenue, "unattributed");
        Close(un, "store_visits", expected.UnattributedStoreVisits, "unattributed");
        if (expected.Suppressed is null)
        {
            report.TryGetProperty("suppressed", out _).Should().BeFalse("no suppressed bucket is due");
        }
        else
        {
            var s = report.GetProperty("suppressed");
            Close(s, "spend", expected.Suppressed.Spend, "suppressed");
            Close(s, "conversions", expected.Suppressed.Conversions, "suppressed");
            Close(s, "revenue", expected.Suppressed.Revenue, "suppressed");
            Close(s, "store_visits", expected.Suppressed.StoreVisits, "suppressed");
            s.GetProperty("persons").GetInt32().Should().Be(expected.Suppressed.Persons, "suppressed");
        }
    }

    public static void Close(JsonElement obj, string name, double expected, string because)
    {
        var actual = obj.GetProperty(name).GetDouble();
        Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(
            Tolerance * Math.Max(1, Math.Abs(expected)), $"{because}: {name} is {actual}, the reference {expected}");
    }
}
