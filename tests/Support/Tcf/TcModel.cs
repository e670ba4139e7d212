namespace Okube.Actors.Tests.Support.Tcf;

/// <summary>What the test encoder writes: every field of a TC string, in plain values.</summary>
public sealed record TcModel
{
    public int Version { get; init; } = 2;

    public long Created { get; init; }

    public long LastUpdated { get; init; }

    public int CmpId { get; init; }

    public int CmpVersion { get; init; }

    public int ConsentScreen { get; init; }

    public string ConsentLanguage { get; init; } = "EN";

    public int VendorListVersion { get; init; }

    public int TcfPolicyVersion { get; init; } = 4;

    public bool IsServiceSpecific { get; init; } = true;

    public bool UseNonStandardTexts { get; init; }

    public int[] SpecialFeatureOptIns { get; init; } = [];

    public int[] PurposesConsent { get; init; } = [];

    public int[] PurposesLITransparency { get; init; } = [];

    public bool PurposeOneTreatment { get; init; }

    public string PublisherCC { get; init; } = "DE";

    public VendorSection VendorConsents { get; init; } = VendorSection.Empty;

    public VendorSection VendorLegitimateInterests { get; init; } = VendorSection.Empty;

    public RestrictionModel[] Restrictions { get; init; } = [];

    public VendorSection? DisclosedVendors { get; init; }

    public VendorSection? AllowedVendors { get; init; }

    public PublisherTcModel? PublisherTc { get; init; }

    /// <summary>Deciseconds since the Unix epoch of a UTC instant.</summary>
    public static long Deciseconds(DateTimeOffset at) => at.ToUnixTimeMilliseconds() / 100;
}

/// <summary>
/// A vendor section: MaxVendorId as encoded, the encoding, and the ids. Ranges are written as
/// given in <see cref="Ranges"/> (any order) or, when null, built from consecutive runs of <see cref="Ids"/>.
/// </summary>
public sealed record VendorSection(int MaxVendorId, bool UseRanges, int[] Ids, (int Start, int End)[]? Ranges = null)
{
    public static VendorSection Empty { get; } = new(0, false, []);

    public static VendorSection Bits(params int[] ids) => new(ids.DefaultIfEmpty(0).Max(), false, ids);

    public static VendorSection InRanges(params int[] ids) => new(ids.DefaultIfEmpty(0).Max(), true, ids);

    public (int Start, int End)[] Runs() => Ranges ?? RunsOf(Ids);

    public static (int Start, int End)[] RunsOf(IEnumerable<int> ids)
    {
        var runs = new List<(int Start, int End)>();
        foreach (var id in ids.Distinct().Order())
        {
            if (runs.Count > 0 && runs[^1].End == id - 1)
            {
                runs[^1] = (runs[^1].Start, id);
            }
            else
            {
                runs.Add((id, id));
            }
        }

        return [.. runs];
    }
}

public sealed record RestrictionModel(int PurposeId, int Type, (int Start, int End)[] Ranges)
{
    public IEnumerable<int> Vendors => Ranges.SelectMany(r => Enumerable.Range(r.Start, r.End - r.Start + 1)).Distinct().Order();
}

public sealed record PublisherTcModel(int[] PurposesConsent, int[] PurposesLITransparency, int NumCustomPurposes, int[] CustomConsent, int[] CustomLITransparency)
{
    public static PublisherTcModel Empty { get; } = new([], [], 0, [], []);
}
