namespace Okube.Actors.Tests.Api.Infrastructure;

/// <summary>
/// The tenants of the shared host. Test classes use distinct tenants so that no test sees
/// another's events, campaigns or counters.
/// </summary>
public static class TestTenants
{
    /// <summary>Auth, report queries and the isolation tests.</summary>
    public static readonly TestTenant Acme = new("acme");

    /// <summary>Only the isolation tests: must never see acme's data.</summary>
    public static readonly TestTenant Globex = new("globex");

    /// <summary>Suppression: MinPersons 3.</summary>
    public static readonly TestTenant Private = new("private", MinPersons: 3);

    /// <summary>The acceptance test against the reference attribution.</summary>
    public static readonly TestTenant Journeys = new("journeys");

    public static readonly TestTenant Ingest = new("ingest");

    public static readonly TestTenant Duplicates = new("dups");

    public static readonly TestTenant Spend = new("spend");

    /// <summary>Edge cases of time and subjects; each test keeps to its own month.</summary>
    public static readonly TestTenant Edges = new("edges");

    /// <summary>Identity graph: the in-store flows of links through email and crm ids and partner matches.</summary>
    public static readonly TestTenant GraphStore = new("graph-store");

    /// <summary>Identity graph: generated persons of up to 5 subjects against the reference.</summary>
    public static readonly TestTenant GraphJourneys = new("graph-journeys");

    /// <summary>Identity graph: MaxSubjectsPerPerson 3.</summary>
    public static readonly TestTenant GraphCap = new("graph-cap", MaxSubjectsPerPerson: 3);

    /// <summary>Identity graph: link batches posted concurrently.</summary>
    public static readonly TestTenant GraphRace = new("graph-race");

    /// <summary>Identity graph: what a person keeps in memory; events dated around the current time.</summary>
    public static readonly TestTenant GraphMemory = new("graph-memory");

    /// <summary>Consent gating with vendor 755; touchpoints without a TC string are used.</summary>
    public static readonly TestTenant Consent = new("consent", ConsentVendorId: 755);

    /// <summary>Consent gating where a touchpoint without a TC string is dropped.</summary>
    public static readonly TestTenant ConsentRequired = new("consent-required", ConsentRequired: true);

    /// <summary>Data-subject rights: erasure against the reference.</summary>
    public static readonly TestTenant Rights = new("rights");

    /// <summary>Data-subject rights: access export, objection and the audit log.</summary>
    public static readonly TestTenant RightsAudit = new("rights-audit");

    /// <summary>Daily MAC keys: two tenants with the same pseudonymisation secret.</summary>
    public static readonly TestTenant MacA = new("mac-a", PseudonymisationSecret: "shared-mac-secret");

    public static readonly TestTenant MacB = new("mac-b", PseudonymisationSecret: "shared-mac-secret");

    /// <summary>Raw emails at the edge: what may never be stored or logged.</summary>
    public static readonly TestTenant RawIds = new("raw-ids");

    /// <summary>Retention in seconds: touchpoints kept 6 s, persons 1 hour.</summary>
    public static readonly TestTenant ShortTouchRetention = new(
        "retention-touch", TouchpointRetention: TimeSpan.FromSeconds(6), PersonRetention: TimeSpan.FromHours(1));

    /// <summary>Retention in seconds: persons kept 6 s after their newest event.</summary>
    public static readonly TestTenant ShortPersonRetention = new(
        "retention-person", TouchpointRetention: TimeSpan.FromHours(1), PersonRetention: TimeSpan.FromSeconds(6));

    /// <summary>The dashboard's queries: campaign list and detail, days and stores.</summary>
    public static readonly TestTenant Dashboard = new("dashboard");

    /// <summary>The dashboard's queries under MinPersons 2.</summary>
    public static readonly TestTenant DashboardPrivate = new("dashboard-private", MinPersons: 2);

    /// <summary>Rate limits: a bucket of 3 requests, refilled with one every 1000 s.</summary>
    public static readonly TestTenant Limited = new("limited", RatePermitsPerSecond: 0.001, RateBurst: 3);

    /// <summary>The endpoint × role × tenant matrix: the owner of the objects probed.</summary>
    public static readonly TestTenant Matrix = new("matrix");

    /// <summary>The endpoint × role × tenant matrix: the other tenant, who must not reach them.</summary>
    public static readonly TestTenant MatrixOther = new("matrix-other");

    public static readonly TestTenant[] All =
    [
        Acme, Globex, Private, Journeys, Ingest, Duplicates, Spend, Edges, GraphStore, GraphJourneys, GraphCap, GraphRace,
        GraphMemory, Consent, ConsentRequired, Rights, RightsAudit, MacA, MacB, RawIds, ShortTouchRetention, ShortPersonRetention,
        Dashboard, DashboardPrivate, Limited, Matrix, MatrixOther,
    ];
}
