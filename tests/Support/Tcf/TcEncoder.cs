namespace Okube.Actors.Tests.Support.Tcf;

/// <summary>
/// A small TC string encoder written for the tests from the spec's field tables. Every segment is
/// written with the fewest characters that hold its bits, so cutting any character off leaves a
/// field incomplete.
/// </summary>
public static class TcEncoder
{
    public static string Encode(TcModel model)
    {
        var segments = new List<string> { Core(model).ToBase64Url() };
        if (model.DisclosedVendors is { } disclosed)
        {
            segments.Add(Vendors(new BitWriter().Write(1, 3), disclosed).ToBase64Url());
        }

        if (model.AllowedVendors is { } allowed)
        {
            segments.Add(Vendors(new BitWriter().Write(2, 3), allowed).ToBase64Url());
        }

        if (model.PublisherTc is { } publisher)
        {
            segments.Add(PublisherTc(publisher).ToBase64Url());
        }

        return string.Join('.', segments);
    }

    public static BitWriter Core(TcModel m)
    {
        var w = new BitWriter()
            .Write(m.Version, 6)
            .Write(m.Created, 36)
            .Write(m.LastUpdated, 36)
            .Write(m.CmpId, 12)
            .Write(m.CmpVersion, 12)
            .Write(m.ConsentScreen, 6);
        Letters(w, m.ConsentLanguage);
        w.Write(m.VendorListVersion, 12)
            .Write(m.TcfPolicyVersion, 6)
            .Write(m.IsServiceSpecific)
            .Write(m.UseNonStandardTexts)
            .Ids(m.SpecialFeatureOptIns, 12)
            .Ids(m.PurposesConsent, 24)
            .Ids(m.PurposesLITransparency, 24)
            .Write(m.PurposeOneTreatment);
        Letters(w, m.PublisherCC);
        Vendors(w, m.VendorConsents);
        Vendors(w, m.VendorLegitimateInterests);
        w.Write(m.Restrictions.Length, 12);
        foreach (var restriction in m.Restrictions)
        {
            w.Write(restriction.PurposeId, 6).Write(restriction.Type, 2);
            Ranges(w, restriction.Ranges);
        }

        return w;
    }

    public static BitWriter Vendors(BitWriter w, VendorSection section)
    {
        w.Write(section.MaxVendorId, 16).Write(section.UseRanges);
        if (section.UseRanges)
        {
            Ranges(w, section.Runs());
        }
        else
        {
            w.Ids(section.Ids, section.MaxVendorId);
        }

        return w;
    }

    public static BitWriter PublisherTc(PublisherTcModel p) =>
        new BitWriter()
            .Write(3, 3)
            .Ids(p.PurposesConsent, 24)
            .Ids(p.PurposesLITransparency, 24)
            .Write(p.NumCustomPurposes, 6)
            .Ids(p.CustomConsent, p.NumCustomPurposes)
            .Ids(p.CustomLITransparency, p.NumCustomPurposes);

    private static void Ranges(BitWriter w, (int Start, int End)[] ranges)
    {
        w.Write(ranges.Length, 12);
        foreach (var (start, end) in ranges)
        {
            w.Write(start != end);
            w.Write(start, 16);
            if (start != end)
            {
                w.Write(end, 16);
            }
        }
    }

    private static void Letters(BitWriter w, string letters)
    {
        w.Write(letters[0] - 'A', 6).Write(letters[1] - 'A', 6);
    }
}
