using Okube.Actors.Attribution;
using Okube.Actors.Attribution.Aggregates;
using Okube.Actors.Attribution.Models;
using Okube.Actors.Gateway.Demo;
using Okube.Actors.Tests.Support;
using Okube.Actors.Tests.Unit.Infrastructure;

namespace Okube.Actors.Tests.Unit.Ledger;

/// <summary>
/// A fixed set of persons' events (the edge-case generator plus demo journeys) and what the
/// independent reference says the books must show for it, per model and day range.
/// </summary>
public sealed class ConvergenceScenario
{
    private static readonly Lazy<ConvergenceScenario> Shared = new(() => new ConvergenceScenario());

    public static ConvergenceScenario Instance => Shared.Value;

    public static readonly AttributionModel[] Models = Enum.GetValues<AttributionModel>();

    public static readonly DayRange[] Ranges =
    [
        DayRange.All,
        new(DateOnly.FromDateTime(ModelExtensions.Epoch.AddDays(25)), DateOnly.FromDateTime(ModelExtensions.Epoch.AddDays(45))),
    ];

    private ConvergenceScenario()
    {
        Events = JourneyGenerator.Persons(new Random(2024), 150)
            .Concat(new SyntheticJourneys(42, new DateTimeOffset(ModelExtensions.Epoch)).Persons(0, 80))
            .ToList();

        // Per (campaign, channel): the reference keys campaign rows by a campaign made of both.
        var byCampaignChannel = new ReferenceAttribution();
        byCampaignChannel.Add(Events.Select(e => e.Type == "touchpoint"
            ? e with { Campaign = CreditBooks.CampaignChannelKey(e.Campaign ?? JourneyMapping.NoCampaign, e.Channel!), Cost = null }
            : e));
        var withoutCosts = new ReferenceAttribution();
        withoutCosts.Add(Events.Select(e => e with { Cost = null }));
        var withCosts = new ReferenceAttribution();
        withCosts.Add(Events);

        for (var r = 0; r < Ranges.Length; r++)
        {
            var (from, to) = (Ranges[r].From, Ranges[r].To);
            foreach (var model in Models)
            {
                var name = AttributionModels.NameOf(model);
                CampaignChannel[(model, r)] = byCampaignChannel.Campaigns(name, from, to);
                Channels[(model, r)] = withoutCosts.Channels(name, from, to);
            }
            Spend[r] = withCosts.Campaigns("linear", from, to);
        }
    }

    public IReadOnlyList<JourneyEvent> Events { get; }

    public Dictionary<(AttributionModel Model, int Range), ExpectedReport> CampaignChannel { get; } = [];

    public Dictionary<(AttributionModel Model, int Range), ExpectedReport> Channels { get; } = [];

    /// <summary>Campaign rows whose spend is the expectation (figures are checked elsewhere).</summary>
    public Dictionary<int, ExpectedReport> Spend { get; } = [];
}
