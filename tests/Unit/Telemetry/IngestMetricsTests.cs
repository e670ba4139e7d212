using Okube.Actors.Gateway.Telemetry;

namespace Okube.Actors.Tests.Unit.Telemetry;

/// <summary>Rejection messages become few, stable metric tags.</summary>
public sealed class IngestMetricsTests
{
    [Theory]
    [InlineData("amount must be greater than 0", "amount")]
    [InlineData("occurred_at is required", "occurred_at")]
    [InlineData("subjects[1].id is required", "subjects")]
    [InlineData("consent is not a usable IAB TCF v2 TC string (x); send the string the CMP gave, or none", "consent")]
    [InlineData("temporarily unavailable: the event was not accepted; send it again", "unavailable")]
    [InlineData("an agency key may send touchpoints only, not 'transaction'", "role")]
    [InlineData("not valid JSON: 'x' is an invalid start of a value", "malformed")]
    [InlineData("currency USD differs from the tenant's reporting currency EUR; convert before sending", "currency")]
    [InlineData("something nobody planned for", "other")]
    public void A_rejection_is_tagged_with_the_field_or_rule_it_names(string error, string reason) =>
        IngestMetrics.ReasonOf(error).Should().Be(reason);
}
