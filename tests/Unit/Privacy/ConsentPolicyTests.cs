using Okube.Actors.Gateway.Privacy.Tcf;
using Okube.Actors.Tests.Support.Tcf;

namespace Okube.Actors.Tests.Unit.Privacy;

/// <summary>Grant, refuse with a reason, or invalid: the TCF 2.2 vectors and encoded strings around each rule.</summary>
public sealed class ConsentPolicyTests
{
    private static readonly long Jan2025 = TcModel.Deciseconds(new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero));

    /// <summary>A valid TCF 2.2 string consenting to purposes 1 and 7 and vendor 755, to vary one thing at a time.</summary>
    private static readonly TcModel Consented = new()
    {
        Created = Jan2025,
        LastUpdated = Jan2025,
        CmpId = 300,
        VendorListVersion = 80,
        PurposesConsent = [1, 7],
        VendorConsents = VendorSection.InRanges(755),
    };

    [Fact]
    public void Default_policy_requires_purposes_one_and_seven_and_no_vendor()
    {
        var policy = new ConsentPolicy();

        policy.RequiredPurposes.Should().Equal(1, 7);
        policy.VendorId.Should().BeNull();
    }

    [Fact]
    public void User_who_agreed_to_measurement_is_granted()
    {
        new ConsentPolicy().Evaluate(TcfVectors.Agreed).Should().Be(ConsentDecision.Granted);
        new ConsentPolicy(vendorId: 755).Evaluate(TcfVectors.Agreed).IsGranted.Should().BeTrue();
        new ConsentPolicy([1, 7, 8, 9, 10], vendorId: 12).Evaluate(TcfVectors.Agreed).IsGranted.Should().BeTrue();
    }

    [Fact]
    public void Vendor_with_legitimate_interest_only_is_refused()
    {
        var decision = new ConsentPolicy(vendorId: 8).Evaluate(TcfVectors.Agreed);

        decision.Should().Be(ConsentDecision.Refused("vendor", "vendor 8 not consented"));
    }

    [Fact]
    public void Purpose_with_legitimate_interest_only_is_refused()
    {
        var decision = new ConsentPolicy([2]).Evaluate(TcfVectors.Agreed);

        decision.Should().Be(ConsentDecision.Refused("purpose_2", "purpose 2 not consented"));
    }

    [Fact]
    public void User_who_rejected_everything_is_refused_on_the_first_required_purpose()
    {
        new ConsentPolicy().Evaluate(TcfVectors.RejectedAll).Should().Be(ConsentDecision.Refused("purpose_1", "purpose 1 not consented"));
    }

    [Fact]
    public void Storage_only_consent_is_refused_for_measurement_but_granted_for_storage()
    {
        new ConsentPolicy(vendorId: 755).Evaluate(TcfVectors.StorageOnly)
            .Should().Be(ConsentDecision.Refused("purpose_7", "purpose 7 not consented"));
        new ConsentPolicy([1], vendorId: 755).Evaluate(TcfVectors.StorageOnly).IsGranted.Should().BeTrue();
        new ConsentPolicy([1, 9]).Evaluate(TcfVectors.StorageOnly).Reason.Should().Be("purpose 9 not consented");
    }

    [Fact]
    public void Not_allowed_vector_refuses_vendor_755_and_grants_an_unrestricted_consented_vendor()
    {
        new ConsentPolicy(vendorId: 755).Evaluate(TcfVectors.PurposeSevenNotAllowed)
            .Should().Be(ConsentDecision.Refused("vendor", "vendor 755 not consented"));
        new ConsentPolicy(vendorId: 1001).Evaluate(TcfVectors.PurposeSevenNotAllowed).IsGranted.Should().BeTrue();
    }

    [Fact]
    public void Publisher_restriction_not_allowed_refuses_the_restricted_vendor()
    {
        var tc = Encode(Consented with { Restrictions = [new RestrictionModel(7, 0, [(21, 21), (755, 755)])] });

        new ConsentPolicy(vendorId: 755).Evaluate(tc).Should().Be(ConsentDecision.Refused("publisher_restriction", "publisher restricts purpose 7 for vendor 755"));
    }

    [Fact]
    public void Publisher_restriction_requiring_legitimate_interest_refuses_a_consent_based_grant()
    {
        var tc = Encode(Consented with { Restrictions = [new RestrictionModel(1, 2, [(700, 800)])] });

        new ConsentPolicy(vendorId: 755).Evaluate(tc)
            .Should().Be(ConsentDecision.Refused("publisher_restriction", "publisher requires legitimate interest, not consent, for purpose 1 for vendor 755"));
    }

    [Theory]
    [InlineData(7, 1, 755, "a restriction requiring consent is what the policy checks anyway")]
    [InlineData(7, 0, 756, "the restriction is for another vendor")]
    [InlineData(2, 0, 755, "the restriction is for a purpose that is not required")]
    public void Publisher_restrictions_that_do_not_take_a_required_purpose_away_grant(int purpose, int type, int restrictedVendor, string because)
    {
        var tc = Encode(Consented with { Restrictions = [new RestrictionModel(purpose, type, [(restrictedVendor, restrictedVendor)])] });

        new ConsentPolicy(vendorId: 755).Evaluate(tc).IsGranted.Should().BeTrue(because);
    }

    [Fact]
    public void Publisher_restrictions_do_not_apply_without_a_vendor()
    {
        var tc = Encode(Consented with { Restrictions = [new RestrictionModel(7, 0, [(1, 65535)])] });

        new ConsentPolicy().Evaluate(tc).IsGranted.Should().BeTrue();
    }

    [Fact]
    public void Missing_purpose_one_says_when_it_was_not_disclosed()
    {
        var tc = Encode(Consented with { PurposesConsent = [7], PurposeOneTreatment = true });

        new ConsentPolicy().Evaluate(tc)
            .Should().Be(ConsentDecision.Refused("purpose_1", "purpose 1 not consented (PurposeOneTreatment: purpose 1 was not disclosed)"));
    }

    [Theory]
    [InlineData(TcfVectors.JavaCore)]
    [InlineData(TcfVectors.JavaAllParts)]
    [InlineData(TcfVectors.JavaRange)]
    [InlineData(TcfVectors.JavaPurposes)]
    public void Global_scope_strings_are_invalid(string vector)
    {
        var decision = new ConsentPolicy().Evaluate(vector);

        decision.Outcome.Should().Be(ConsentOutcome.Invalid);
        decision.Reason.Should().Contain("IsServiceSpecific is 0");
    }

    [Fact]
    public void Global_scope_is_invalid_even_with_every_consent()
    {
        var tc = Encode(Consented with { IsServiceSpecific = false });

        new ConsentPolicy(vendorId: 755).Evaluate(tc).Outcome.Should().Be(ConsentOutcome.Invalid);
    }

    [Fact]
    public void Spec_example_with_policy_version_two_created_in_2025_is_invalid()
    {
        var decision = new ConsentPolicy().Evaluate(TcfVectors.SpecExample);

        decision.Should().Be(ConsentDecision.Invalid("tcfPolicyVersion 2 is below 4 in a string from 2025-06-03: invalid after 2023-09-30 (TCF 2.2)"));
    }

    [Fact]
    public void Old_policy_versions_are_judged_on_the_date_the_string_was_written()
    {
        var lastDay = TcModel.Deciseconds(new DateTimeOffset(2023, 9, 30, 0, 0, 0, TimeSpan.Zero));
        var firstDayAfter = TcModel.Deciseconds(ConsentPolicy.PolicyVersion4Deadline);
        var policy = new ConsentPolicy(vendorId: 755);

        policy.Evaluate(Encode(Consented with { TcfPolicyVersion = 3, Created = lastDay, LastUpdated = lastDay }))
            .IsGranted.Should().BeTrue("policy 3 strings created until 2023-09-30 stay valid");
        policy.Evaluate(Encode(Consented with { TcfPolicyVersion = 3, Created = firstDayAfter, LastUpdated = firstDayAfter }))
            .Reason.Should().Be("tcfPolicyVersion 3 is below 4 in a string from 2023-10-01: invalid after 2023-09-30 (TCF 2.2)");
        policy.Evaluate(Encode(Consented with { TcfPolicyVersion = 2, Created = lastDay, LastUpdated = firstDayAfter }))
            .Outcome.Should().Be(ConsentOutcome.Invalid, "the string was last written after the deadline");
        policy.Evaluate(Encode(Consented with { TcfPolicyVersion = 4, Created = lastDay, LastUpdated = lastDay }))
            .IsGranted.Should().BeTrue();
        policy.Evaluate(Encode(Consented with { TcfPolicyVersion = 5 })).IsGranted.Should().BeTrue("later policy versions are valid");
    }

    [Fact]
    public void Policy_two_service_specific_string_from_2020_is_judged_on_its_consents()
    {
        new ConsentPolicy().Evaluate(TcfVectors.JavaRanges).Should().Be(ConsentDecision.Refused("purpose_1", "purpose 1 not consented"));
    }

    [Fact]
    public void Malformed_and_version_one_strings_are_invalid_with_the_parse_error()
    {
        var policy = new ConsentPolicy();

        policy.Evaluate(TcfVectors.VersionOne).Should().Be(ConsentDecision.Invalid(
            "invalid TC string: segment 1 (core): version 1 is not 2 (TCF v1 consent strings are invalid since 2020-09-30)"));
        policy.Evaluate(TcfVectors.BitFieldTooShort).Outcome.Should().Be(ConsentOutcome.Invalid);
        policy.Evaluate("not a tc string").Reason.Should().StartWith("invalid TC string: segment 1: character U+0020 at position 3");
        policy.Evaluate("").Reason.Should().Be("invalid TC string: the string is empty");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public void Required_purposes_outside_1_to_24_are_refused_at_construction(int purpose)
    {
        var create = () => new ConsentPolicy([1, purpose]);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public void Vendor_ids_outside_1_to_65535_are_refused_at_construction(int vendor)
    {
        var create = () => new ConsentPolicy(vendorId: vendor);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Required_purposes_are_checked_in_ascending_order_once()
    {
        var policy = new ConsentPolicy([9, 7, 9, 1]);

        policy.RequiredPurposes.Should().Equal(1, 7, 9);
        policy.Evaluate(TcfVectors.RejectedAll).Reason.Should().Be("purpose 1 not consented");
    }

    [Fact]
    public void Decisions_on_random_strings_follow_the_rules_applied_to_what_was_encoded()
    {
        var random = new Random(5_100);
        var outcomes = new Dictionary<ConsentOutcome, int>();
        for (var c = 0; c < 500; c++)
        {
            var model = RandomPolicyModel(random);
            int[] required = [.. Enumerable.Range(1, 10).Where(_ => random.Next(5) == 0).DefaultIfEmpty(7)];
            int? vendor = random.Next(3) == 0 ? null : random.Next(1, 40);
            var expected = Expected(model, required, vendor);

            var decision = new ConsentPolicy(required, vendor).Evaluate(TcEncoder.Encode(model));

            decision.Should().Be(expected, $"case {c}: purposes [{string.Join(",", required)}], vendor {vendor}, {model}");
            outcomes[decision.Outcome] = outcomes.GetValueOrDefault(decision.Outcome) + 1;
        }

        outcomes.Keys.Should().BeEquivalentTo([ConsentOutcome.Granted, ConsentOutcome.Refused, ConsentOutcome.Invalid], "the cases cover every outcome");
    }

    private static TcString Encode(TcModel model) => TcString.Parse(TcEncoder.Encode(model));

    /// <summary>Mostly valid 2.2 strings with dense consents over few purposes and vendors, so every rule gets hit.</summary>
    private static TcModel RandomPolicyModel(Random random)
    {
        var at = TcModel.Deciseconds(new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(1000)));
        var vendors = Enumerable.Range(1, 40).Where(_ => random.Next(4) != 0).ToArray();
        return new TcModel
        {
            Created = at,
            LastUpdated = at,
            TcfPolicyVersion = random.Next(10) == 0 ? 2 + random.Next(2) : 4,
            IsServiceSpecific = random.Next(15) != 0,
            PurposeOneTreatment = random.Next(4) == 0,
            PurposesConsent = [.. Enumerable.Range(1, 10).Where(_ => random.Next(6) != 0)],
            VendorConsents = random.Next(2) == 0 ? VendorSection.Bits(vendors) : VendorSection.InRanges(vendors),
            Restrictions =
            [
                .. Enumerable.Range(0, random.Next(3)).Select(_ =>
                {
                    var first = random.Next(1, 40);
                    return new RestrictionModel(random.Next(1, 11), random.Next(3), [(first, Math.Min(40, first + random.Next(5)))]);
                }),
            ],
        };
    }

    /// <summary>The rules of <see cref="ConsentPolicy"/>, applied to the model rather than the decoded string.</summary>
    private static ConsentDecision Expected(TcModel m, int[] required, int? vendor)
    {
        if (!m.IsServiceSpecific)
        {
            return ConsentDecision.Invalid("IsServiceSpecific is 0: global-scope TC strings are invalid since 2021-09-01 (TCF 2.2)");
        }

        var written = DateTimeOffset.FromUnixTimeMilliseconds(Math.Max(m.Created, m.LastUpdated) * 100);
        if (m.TcfPolicyVersion < 4 && written >= new DateTimeOffset(2023, 10, 1, 0, 0, 0, TimeSpan.Zero))
        {
            return ConsentDecision.Invalid(
                $"tcfPolicyVersion {m.TcfPolicyVersion} is below 4 in a string from {written:yyyy-MM-dd}: invalid after 2023-09-30 (TCF 2.2)");
        }

        foreach (var purpose in required.Distinct().Order())
        {
            if (!m.PurposesConsent.Contains(purpose))
            {
                return ConsentDecision.Refused($"purpose_{purpose}", purpose == 1 && m.PurposeOneTreatment
                    ? "purpose 1 not consented (PurposeOneTreatment: purpose 1 was not disclosed)"
                    : $"purpose {purpose} not consented");
            }
        }

        if (vendor is not { } v)
        {
            return ConsentDecision.Granted;
        }

        if (!m.VendorConsents.Ids.Contains(v))
        {
            return ConsentDecision.Refused("vendor", $"vendor {v} not consented");
        }

        foreach (var purpose in required.Distinct().Order())
        {
            var types = m.Restrictions.Where(r => r.PurposeId == purpose && r.Vendors.Contains(v)).Select(r => r.Type).ToHashSet();
            if (types.Contains(0))
            {
                return ConsentDecision.Refused("publisher_restriction", $"publisher restricts purpose {purpose} for vendor {v}");
            }

            if (types.Contains(2))
            {
                return ConsentDecision.Refused("publisher_restriction", $"publisher requires legitimate interest, not consent, for purpose {purpose} for vendor {v}");
            }
        }

        return ConsentDecision.Granted;
    }
}
