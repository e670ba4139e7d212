using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Okube.Actors.Gateway.Privacy.Tcf;

namespace Okube.Actors.Gateway.Privacy;

/// <summary>
/// Applies a tenant's <see cref="ConsentOptions"/> to one event's <c>consent</c> string
/// (contract section 6): an invalid string rejects the event; a valid one that does not grant
/// the required purposes (and vendor) drops a touchpoint, as does a missing one when the
/// tenant requires consent. Outcomes of touchpoints are counted on <c>okube.consent.touchpoints</c>.
/// </summary>
public sealed class ConsentGate(IOptions<OkubeOptions> options)
{
    public const string MeterName = "Okube";
    public const string TouchpointsCounterName = "okube.consent.touchpoints";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Touchpoints = Meter.CreateCounter<long>(
        TouchpointsCounterName, description: "Touchpoints accepted, by consent outcome and reason");

    private readonly ConcurrentDictionary<string, ConsentPolicy> policies = new(StringComparer.Ordinal);

    /// <summary>
    /// Decides for one event. Non-touchpoints are never dropped for consent, but a string they
    /// carry must still be valid. <see cref="ConsentOutcome.Invalid"/> means: reject the event.
    /// </summary>
    public ConsentDecision Decide(string tenant, bool isTouchpoint, string? tcString)
    {
        var settings = options.Value.Tenants.GetValueOrDefault(tenant)?.Consent ?? new ConsentOptions();
        if (tcString is null)
        {
            return isTouchpoint && settings.Required
                ? ConsentDecision.Refused("missing", "no consent string, and the tenant requires one")
                : ConsentDecision.Granted;
        }
        var decision = policies.GetOrAdd(tenant, _ => new ConsentPolicy(settings.EffectivePurposes, settings.VendorId))
            .Evaluate(tcString);
        return decision.Outcome == ConsentOutcome.Refused && !isTouchpoint ? ConsentDecision.Granted : decision;
    }

    /// <summary>Counts the consent outcome of touchpoints newly accepted.</summary>
    public static void Count(string tenant, ConsentDecision decision, int touchpoints = 1) =>
        Touchpoints.Add(touchpoints,
            new KeyValuePair<string, object?>("tenant", tenant),
            new KeyValuePair<string, object?>("outcome", decision.IsGranted ? "granted" : "refused"),
            new KeyValuePair<string, object?>("reason", decision.Code));
}
