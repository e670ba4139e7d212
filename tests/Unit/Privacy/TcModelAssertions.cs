using Okube.Actors.Gateway.Privacy.Tcf;
using Okube.Actors.Tests.Support.Tcf;

namespace Okube.Actors.Tests.Unit.Privacy;

/// <summary>Compares a decoded <see cref="TcString"/> with the <see cref="TcModel"/> it was encoded from.</summary>
internal static class TcModelAssertions
{
    public static void ShouldMatch(this TcString tc, TcModel m, string because)
    {
        tc.Version.Should().Be(m.Version, because);
        tc.CreatedDeciseconds.Should().Be(m.Created, because);
        tc.LastUpdatedDeciseconds.Should().Be(m.LastUpdated, because);
        tc.Created.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(m.Created * 100), because);
        tc.CmpId.Should().Be(m.CmpId, because);
        tc.CmpVersion.Should().Be(m.CmpVersion, because);
        tc.ConsentScreen.Should().Be(m.ConsentScreen, because);
        tc.ConsentLanguage.Should().Be(m.ConsentLanguage, because);
        tc.VendorListVersion.Should().Be(m.VendorListVersion, because);
        tc.TcfPolicyVersion.Should().Be(m.TcfPolicyVersion, because);
        tc.IsServiceSpecific.Should().Be(m.IsServiceSpecific, because);
        tc.UseNonStandardTexts.Should().Be(m.UseNonStandardTexts, because);
        tc.SpecialFeatureOptIns.ToArray().Should().Equal(m.SpecialFeatureOptIns, because);
        tc.PurposesConsent.ToArray().Should().Equal(m.PurposesConsent, because);
        tc.PurposesLITransparency.ToArray().Should().Equal(m.PurposesLITransparency, because);
        tc.PurposeOneTreatment.Should().Be(m.PurposeOneTreatment, because);
        tc.PublisherCC.Should().Be(m.PublisherCC, because);
        ShouldMatch(tc.VendorConsents, m.VendorConsents, $"{because}, VendorConsents");
        ShouldMatch(tc.VendorLegitimateInterests, m.VendorLegitimateInterests, $"{because}, VendorLegitimateInterests");
        tc.PublisherRestrictions.Should().HaveCount(m.Restrictions.Length, because);
        for (var i = 0; i < m.Restrictions.Length; i++)
        {
            var expected = m.Restrictions[i];
            var actual = tc.PublisherRestrictions[i];
            actual.PurposeId.Should().Be(expected.PurposeId, because);
            ((int)actual.Type).Should().Be(expected.Type, because);
            actual.Vendors.ToArray().Should().Equal(expected.Vendors, because);
            actual.Vendors.MaxVendorId.Should().Be(expected.Vendors.DefaultIfEmpty(0).Max(), because);
        }

        ShouldMatch(tc.DisclosedVendors, m.DisclosedVendors, $"{because}, DisclosedVendors");
        ShouldMatch(tc.AllowedVendors, m.AllowedVendors, $"{because}, AllowedVendors");
        if (m.PublisherTc is null)
        {
            tc.PublisherTc.Should().BeNull(because);
        }
        else
        {
            tc.PublisherTc.Should().NotBeNull(because);
            tc.PublisherTc!.PurposesConsent.ToArray().Should().Equal(m.PublisherTc.PurposesConsent, because);
            tc.PublisherTc.PurposesLITransparency.ToArray().Should().Equal(m.PublisherTc.PurposesLITransparency, because);
            tc.PublisherTc.NumCustomPurposes.Should().Be(m.PublisherTc.NumCustomPurposes, because);
            tc.PublisherTc.CustomPurposesConsent.ToArray().Should().Equal(m.PublisherTc.CustomConsent, because);
            tc.PublisherTc.CustomPurposesLITransparency.ToArray().Should().Equal(m.PublisherTc.CustomLITransparency, because);
        }
    }

    private static void ShouldMatch(VendorSet? actual, VendorSection? expected, string because)
    {
        if (expected is null)
        {
            actual.Should().BeNull(because);
            return;
        }

        actual.Should().NotBeNull(because);
        actual!.MaxVendorId.Should().Be(expected.MaxVendorId, because);
        actual.IsRangeEncoded.Should().Be(expected.UseRanges, because);
        actual.ToArray().Should().Equal(expected.Ids, because);
        actual.Count.Should().Be(expected.Ids.Length, because);
        var ids = expected.Ids.ToHashSet();
        foreach (var probe in expected.Ids.Take(20).Concat([0, 1, 2, expected.MaxVendorId, expected.MaxVendorId + 1, 65535]))
        {
            actual.Contains(probe).Should().Be(ids.Contains(probe), $"{because}: Contains({probe})");
        }
    }
}
