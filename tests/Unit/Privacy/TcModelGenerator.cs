using Okube.Actors.Tests.Support.Tcf;

namespace Okube.Actors.Tests.Unit.Privacy;

/// <summary>Random well-formed <see cref="TcModel"/>s: every field anywhere in its range, vendor sections of every shape.</summary>
internal static class TcModelGenerator
{
    public static TcModel Core(Random random) => new()
    {
        Created = random.NextInt64(1L << 36),
        LastUpdated = random.NextInt64(1L << 36),
        CmpId = random.Next(1 << 12),
        CmpVersion = random.Next(1 << 12),
        ConsentScreen = random.Next(1 << 6),
        ConsentLanguage = Letters(random),
        VendorListVersion = random.Next(1 << 12),
        TcfPolicyVersion = random.Next(1 << 6),
        IsServiceSpecific = random.Next(2) == 1,
        UseNonStandardTexts = random.Next(2) == 1,
        SpecialFeatureOptIns = Ids(random, 12),
        PurposesConsent = Ids(random, 24),
        PurposesLITransparency = Ids(random, 24),
        PurposeOneTreatment = random.Next(2) == 1,
        PublisherCC = Letters(random),
        VendorConsents = Vendors(random),
        VendorLegitimateInterests = Vendors(random),
        Restrictions = Restrictions(random),
    };

    /// <summary>A core and, each with even odds, the three optional segments.</summary>
    public static TcModel WithSegments(Random random) => Core(random) with
    {
        DisclosedVendors = random.Next(2) == 1 ? Vendors(random) : null,
        AllowedVendors = random.Next(2) == 1 ? Vendors(random) : null,
        PublisherTc = random.Next(2) == 1 ? PublisherTc(random) : null,
    };

    public static int[] Ids(Random random, int width)
    {
        var density = random.NextDouble();
        return [.. Enumerable.Range(1, width).Where(_ => random.NextDouble() < density)];
    }

    public static VendorSection Vendors(Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return VendorSection.Empty;
            case 1:
                // Range encoding up to the largest id, with runs shuffled and overlapping.
                var runs = Runs(random, 65535, random.Next(1, 8));
                var extra = runs[random.Next(runs.Length)];
                (int, int)[] written = [.. runs, (extra.Start, Math.Min(65535, extra.End + random.Next(3)))];
                random.Shuffle(written);
                var ids = written.SelectMany(r => Enumerable.Range(r.Item1, r.Item2 - r.Item1 + 1)).Distinct().Order().ToArray();
                return new VendorSection(Math.Max(ids[^1], random.Next(ids[^1], 65536)), true, ids, written);
            default:
                var max = random.Next(1, random.Next(2) == 0 ? 64 : 2000);
                var density = random.NextDouble();
                var set = Enumerable.Range(1, max).Where(_ => random.NextDouble() < density).ToArray();
                return new VendorSection(max, random.Next(2) == 0, set);
        }
    }

    public static RestrictionModel[] Restrictions(Random random) =>
        [.. Enumerable.Range(0, random.Next(3) == 0 ? random.Next(1, 6) : 0)
            .Select(_ => new RestrictionModel(random.Next(1, 64), random.Next(3), Runs(random, 2000, random.Next(0, 5))))];

    public static PublisherTcModel PublisherTc(Random random)
    {
        var custom = random.Next(64);
        return new PublisherTcModel(Ids(random, 24), Ids(random, 24), custom, Ids(random, custom), Ids(random, custom));
    }

    /// <summary>Up to <paramref name="count"/> sorted, disjoint runs within 1..<paramref name="max"/>.</summary>
    private static (int Start, int End)[] Runs(Random random, int max, int count)
    {
        var bounds = Enumerable.Range(0, count * 2).Select(_ => random.Next(1, max + 1)).Distinct().Order().ToArray();
        var runs = new List<(int, int)>();
        for (var i = 0; i + 1 < bounds.Length; i += 2)
        {
            runs.Add(random.Next(3) == 0 ? (bounds[i], bounds[i]) : (bounds[i], bounds[i + 1]));
        }

        if (runs.Count == 0 && count > 0)
        {
            var only = random.Next(1, max + 1);
            runs.Add((only, only));
        }

        return [.. runs];
    }

    private static string Letters(Random random) => $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
}
