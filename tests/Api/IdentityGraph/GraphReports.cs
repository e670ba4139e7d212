using Okube.Actors.Tests.Api.Infrastructure;
using Okube.Actors.Tests.Support;
using Xunit.Sdk;

namespace Okube.Actors.Tests.Api.IdentityGraph;

public static class GraphReports
{
    /// <summary>Campaign and channel reports of every model over [from, to] equal the reference's, to 1e-9.</summary>
    public static async Task ShouldMatchReferenceAsync(this HttpClient client, ReferenceAttribution reference,
        DateOnly from, DateOnly to)
    {
        foreach (var model in ReferenceAttribution.Models)
        {
            foreach (var byCampaign in new[] { true, false })
            {
                var by = byCampaign ? "campaigns" : "channels";
                var report = await client.GetReportAsync(by, model, from, to);
                var expected = byCampaign ? reference.Campaigns(model, from, to) : reference.Channels(model, from, to);
                try
                {
                    ReportAssertions.ShouldMatch(report, expected, byCampaign);
                }
                catch (XunitException e)
                {
                    throw new XunitException($"{model} report by {by} over {from}..{to}: {e.Message}\nreport: {report}");
                }
            }
        }
    }
}
