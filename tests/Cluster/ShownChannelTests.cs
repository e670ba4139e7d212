using static Okube.Actors.Tests.Cluster.Infrastructure.TestEvents;

namespace Okube.Actors.Tests.Cluster;

/// <summary>The channel a campaign is shown with depends on the set of events, not on their arrival order.</summary>
[Collection(WriteBehindCollection.Name)]
public sealed class ShownChannelTests(WriteBehindCluster fixture)
{
    private readonly IClusterClient client = fixture.Client;

    [Fact]
    public async Task Campaign_with_costs_only_shows_the_same_channel_whatever_the_arrival_order()
    {
        // Two costed touches of one campaign, no conversion: nothing is credited, the channel
        // comes from the costs. The reference takes the costed touch with the smallest id.
        var inOrder = await ShownChannelAsync(firstPublished: ("a-touch", "search"), thenPublished: ("b-touch", "display"));
        var reversed = await ShownChannelAsync(firstPublished: ("b-touch", "display"), thenPublished: ("a-touch", "search"));

        inOrder.Should().Be("search");
        reversed.Should().Be(inOrder, "reports converge to what the set of distinct events implies");
    }

    private async Task<string> ShownChannelAsync((string Id, string Channel) firstPublished, (string Id, string Channel) thenPublished)
    {
        var tenant = fixture.NewTenant();
        await client.PublishAsync(Cookie(tenant, "s1"), Touch(firstPublished.Id, Noon, "cx", firstPublished.Channel, cost: 1));
        await Eventually.ProcessedAsync(client, tenant, 1);
        await client.PublishAsync(Cookie(tenant, "s2"), Touch(thenPublished.Id, Noon, "cx", thenPublished.Channel, cost: 1));
        await Eventually.ProcessedAsync(client, tenant, 2);

        var figures = await client.GetGrain<ICampaignGrain>(GrainKeys.Campaign(tenant, "cx")).GetFiguresAsync("linear", null, null);
        figures.Spend.Should().Be(2);
        return figures.Channel;
    }
}
