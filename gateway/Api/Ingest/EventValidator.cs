using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Okube.Actors.Events;
using Okube.Actors.Gateway.Auth;
using Okube.Actors.Gateway.Privacy;
using Okube.Actors.Gateway.Privacy.Tcf;

namespace Okube.Actors.Gateway.Ingest;

/// <summary>
/// Checks one JSON event against contract section 3 and turns it into a pseudonymised
/// <see cref="SubjectEvent"/>, or names the first problem in words a sender can act on.
/// </summary>
public sealed partial class EventValidator(
    SubjectPseudonymiser pseudonymiser, ConsentGate consentGate, IOptions<OkubeOptions> options, TimeProvider clock)
{
    private const int MaxConsentLength = 16 * 1024;

    private static readonly string[] LinkSources = ["form", "checkout", "crm", "partner", "login"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    /// <summary>
    /// What validation needs fetched first: today's MAC key of the tenant, when one of the
    /// events names a raw mac. A failure propagates; validation then rejects those events only.
    /// </summary>
    public ValueTask PrepareAsync(string tenant, IEnumerable<JsonElement> events, CancellationToken cancellationToken) =>
        events.Any(NamesRawMac) ? pseudonymiser.EnsureDailyMacKeyAsync(tenant, cancellationToken) : ValueTask.CompletedTask;

    public bool TryValidate(string tenant, string role, JsonElement e, out ParsedEvent parsed, out string error)
    {
        parsed = null!;
        try
        {
            parsed = Validate(tenant, role, e);
            var consent = consentGate.Decide(tenant, parsed.IsTouchpoint, OptionalString(e, "consent", MaxConsentLength));
            if (consent.Outcome == ConsentOutcome.Invalid)
            {
                throw Invalid($"consent is not a usable IAB TCF v2 TC string ({consent.Reason}); send the string the CMP gave, or none");
            }
            parsed = parsed with { Consent = consent };
            error = "";
            return true;
        }
        catch (InvalidEventException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private ParsedEvent Validate(string tenant, string role, JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"an event must be a JSON object, not {Describe(e.ValueKind)}");
        }
        var id = RequiredString(e, "id", maxLength: 128);
        var type = RequiredString(e, "type", maxLength: 32);
        var occurredAt = Timestamp(e);
        if (role == Roles.Agency && type != "touchpoint")
        {
            throw Invalid($"an agency key may send touchpoints only, not '{type}'");
        }
        var accepted = clock.GetUtcNow().UtcDateTime;
        switch (type)
        {
            case "touchpoint":
            {
                var subject = Subject(tenant, e, "subject");
                var interaction = RequiredString(e, "interaction", 16) switch
                {
                    "impression" => InteractionKind.Impression,
                    "click" => InteractionKind.Click,
                    "visit" => InteractionKind.Visit,
                    var other => throw Invalid($"interaction '{other}' is not one of impression, click, visit"),
                };
                var cost = OptionalNumber(e, "cost");
                if (cost is < 0)
                {
                    throw Invalid("cost must not be negative");
                }
                return new ParsedEvent(subject, new SubjectEvent
                {
                    Id = id, Kind = EventKind.Touchpoint, OccurredAt = occurredAt, AcceptedAt = accepted,
                    Channel = RequiredString(e, "channel", 64),
                    Interaction = interaction,
                    Campaign = OptionalString(e, "campaign", 128),
                    Cost = cost,
                });
            }
            case "transaction":
            {
                var subject = Subject(tenant, e, "subject");
                var orderId = RequiredString(e, "order_id", 128);
                var amount = OptionalNumber(e, "amount") ?? throw Invalid("amount is required");
                if (!(amount > 0))
                {
                    throw Invalid("amount must be greater than 0");
                }
                var currency = RequiredString(e, "currency", 3);
                if (!CurrencyCode().IsMatch(currency))
                {
                    throw Invalid($"currency '{currency}' is not an ISO 4217 code (three capital letters)");
                }
                var tenantCurrency = options.Value.Tenants.GetValueOrDefault(tenant)?.Currency ?? "EUR";
                if (currency != tenantCurrency)
                {
                    throw Invalid($"currency {currency} differs from the tenant's reporting currency {tenantCurrency}; convert before sending");
                }
                return new ParsedEvent(subject, new SubjectEvent
                {
                    Id = id, Kind = EventKind.Transaction, OccurredAt = occurredAt, AcceptedAt = accepted,
                    OrderId = orderId, Amount = amount, Currency = currency,
                    Store = OptionalString(e, "store", 128),
                });
            }
            case "store_visit":
            {
                var subject = Subject(tenant, e, "subject");
                var dwell = OptionalNumber(e, "dwell_seconds");
                if (dwell is < 0)
                {
                    throw Invalid("dwell_seconds must not be negative");
                }
                return new ParsedEvent(subject, new SubjectEvent
                {
                    Id = id, Kind = EventKind.StoreVisit, OccurredAt = occurredAt, AcceptedAt = accepted,
                    Store = RequiredString(e, "store", 128), DwellSeconds = dwell,
                });
            }
            case "identity_link":
            {
                if (!e.TryGetProperty("subjects", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw Invalid("subjects must be an array of 2 or more subjects");
                }
                var subjects = new List<SubjectKey>();
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    subjects.Add(Subject(tenant, item, $"subjects[{i++}]"));
                }
                var distinct = subjects.Distinct().ToArray();
                if (distinct.Length < 2)
                {
                    throw Invalid("subjects must name 2 or more distinct subjects");
                }
                var source = RequiredString(e, "source", 16);
                if (!LinkSources.Contains(source))
                {
                    throw Invalid($"source '{source}' is not one of form, checkout, crm, partner, login");
                }
                return new ParsedEvent(distinct[0], new SubjectEvent
                {
                    Id = id, Kind = EventKind.IdentityLink, OccurredAt = occurredAt, AcceptedAt = accepted,
                    LinkedSubjects = distinct, LinkSource = source,
                });
            }
            default:
                throw Invalid($"type '{type}' is not one of touchpoint, transaction, store_visit, identity_link");
        }
    }

    private SubjectKey Subject(string tenant, JsonElement parent, string name)
    {
        var s = parent;
        if (!name.StartsWith("subjects[", StringComparison.Ordinal) && !parent.TryGetProperty(name, out s))
        {
            throw Invalid($"{name} is required: {{\"kind\": ..., \"id\": ...}}");
        }
        if (s.ValueKind != JsonValueKind.Object)
        {
            throw Invalid($"{name} must be an object {{\"kind\": ..., \"id\": ...}}");
        }
        var kind = RequiredString(s, "kind", 32, prefix: name + ".");
        var id = RequiredString(s, "id", 256, prefix: name + ".");
        if (!pseudonymiser.TryPseudonymise(tenant, kind, id, out var subject, out var error))
        {
            throw Invalid($"{name}: {error}");
        }
        return subject;
    }

    /// <summary>Whether the event's subject, or one of its linked subjects, is of kind "mac".</summary>
    private static bool NamesRawMac(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        if (e.TryGetProperty("subject", out var subject) && IsRawMac(subject))
        {
            return true;
        }
        return e.TryGetProperty("subjects", out var list) && list.ValueKind == JsonValueKind.Array &&
            list.EnumerateArray().Any(IsRawMac);
    }

    private static bool IsRawMac(JsonElement subject) =>
        subject.ValueKind == JsonValueKind.Object && subject.TryGetProperty("kind", out var kind) &&
        kind.ValueKind == JsonValueKind.String && kind.ValueEquals("mac");

    private static DateTime Timestamp(JsonElement e)
    {
        var text = RequiredString(e, "occurred_at", 64);
        if (!Rfc3339().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw Invalid($"occurred_at '{text}' is not an RFC 3339 timestamp with offset, such as 2026-03-01T12:30:00Z");
        }
        return value.UtcDateTime;
    }

    private static string RequiredString(JsonElement e, string name, int maxLength, string prefix = "") =>
        OptionalString(e, name, maxLength, prefix) ?? throw Invalid($"{prefix}{name} is required");

    private static string? OptionalString(JsonElement e, string name, int maxLength, string prefix = "")
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Invalid($"{prefix}{name} must be a string, not {Describe(value.ValueKind)}");
        }
        var text = value.GetString()!;
        if (text.Length == 0 || text.Length > maxLength)
        {
            throw Invalid($"{prefix}{name} must be 1 to {maxLength} characters long");
        }
        return text;
    }

    private static double? OptionalNumber(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            throw Invalid($"{name} must be a finite number");
        }
        return number;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static InvalidEventException Invalid(string message) => new(message);

    private sealed class InvalidEventException(string message) : Exception(message);
}
