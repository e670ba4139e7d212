using Okube.Actors.Gateway.Privacy.Tcf;
using Okube.Actors.Tests.Support.Tcf;

namespace Okube.Actors.Tests.Unit.Privacy;

/// <summary>The negative vectors and every kind of malformed string: a FormatException naming what is wrong.</summary>
public sealed class TcStringRejectionTests
{
    private static readonly string AgreedCore = TcfVectors.Agreed.Split('.')[0];

    [Fact]
    public void Bit_field_shorter_than_its_max_vendor_id_is_rejected_where_it_runs_out()
    {
        // iabtcf-es: "bitfield encoding length mismatch". The DisclosedVendors segment has 48 bits; its
        // bit field starts at bit 20 and should hold MaxVendorId = 733 bits.
        ShouldReject(TcfVectors.BitFieldTooShort)
            .Should().Contain("segment 2 (DisclosedVendors) ends at bit 48 inside DisclosedVendors BitField (bits 20-752)");
    }

    [Fact]
    public void Version_one_strings_are_rejected_as_no_longer_valid()
    {
        ShouldReject(TcfVectors.VersionOne).Should().Contain("version 1 is not 2").And.Contain("invalid since 2020-09-30");
    }

    [Fact]
    public void Other_versions_are_rejected()
    {
        var text = TcEncoder.Encode(new TcModel { Version = 3 });

        ShouldReject(text).Should().Contain("segment 1 (core): version 3 is not 2");
    }

    [Fact]
    public void Empty_string_is_rejected()
    {
        ShouldReject("").Should().Contain("empty");
    }

    [Theory]
    [InlineData('+', "character '+'")]
    [InlineData('/', "character '/'")]
    [InlineData(' ', "character U+0020")]
    [InlineData('\n', "character U+000A")]
    [InlineData('é', "character 'é'")]
    [InlineData('=', "character '='")]
    public void Characters_outside_base64url_are_rejected_with_their_position(char bad, string named)
    {
        var text = $"{AgreedCore[..10]}{bad}{AgreedCore[11..]}";

        ShouldReject(text).Should().Contain($"segment 1: {named} at position 10 is not base64url");
    }

    [Fact]
    public void A_bad_character_in_a_later_segment_is_located_in_the_whole_string()
    {
        var text = $"{AgreedCore}.IF5w+YAAgAEAAgABgAFQF5gA";

        ShouldReject(text).Should().Contain($"segment 2: character '+' at position {AgreedCore.Length + 5}");
    }

    [Fact]
    public void Up_to_two_trailing_equals_signs_per_segment_are_ignored()
    {
        var plain = TcString.Parse(TcfVectors.Agreed);
        var padded = TcString.Parse(TcfVectors.Agreed.Replace(".", "==.") + "=");

        padded.PurposesConsent.Should().Equal(plain.PurposesConsent);
        padded.VendorConsents.ToArray().Should().Equal(plain.VendorConsents.ToArray());
        padded.VendorLegitimateInterests.ToArray().Should().Equal(plain.VendorLegitimateInterests.ToArray());
        padded.DisclosedVendors!.ToArray().Should().Equal(plain.DisclosedVendors!.ToArray());
        padded.PublisherTc.Should().NotBeNull();
    }

    [Fact]
    public void Three_trailing_equals_signs_are_rejected()
    {
        ShouldReject($"{AgreedCore}===").Should().Contain($"character '=' at position {AgreedCore.Length}");
    }

    [Theory]
    [InlineData(".{0}", "segment 1 is empty")]
    [InlineData("{0}.", "segment 2 is empty")]
    [InlineData("{0}..YAAAAAAAAAAA", "segment 2 is empty")]
    [InlineData("{0}.==", "segment 2 is empty")]
    public void Empty_segments_are_rejected(string shape, string message)
    {
        ShouldReject(string.Format(shape, AgreedCore)).Should().Contain(message);
    }

    [Fact]
    public void Core_cut_inside_the_vendor_section_says_which_field_is_incomplete()
    {
        // 45 characters = 270 bits; the first range entry of VendorConsents (a range 1-2) ends at bit 274.
        ShouldReject(AgreedCore[..45])
            .Should().Be("Invalid TC string: segment 1 (core) ends at bit 270 inside VendorConsents range entry 1 EndVendorId (bits 259-274)");
    }

    [Fact]
    public void Core_cut_inside_the_fixed_fields_names_the_field()
    {
        ShouldReject(AgreedCore[..5]).Should().Contain("segment 1 (core) ends at bit 30 inside Created (bits 6-41)");
    }

    [Fact]
    public void Bit_field_with_too_few_bits_for_its_max_vendor_id_is_rejected()
    {
        var bits = TcEncoder.Core(new TcModel { PurposesConsent = [1, 7] }).ToString();
        var vendorSection = bits.Length - (16 + 1) * 2 - 12;
        var text = BitWriter.ToBase64Url(bits[..vendorSection] + "0000000111110100" + "0" + new string('1', 100));

        ShouldReject(text).Should().Contain($"inside VendorConsents BitField (bits {vendorSection + 17}-{vendorSection + 17 + 499})");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Unknown_segment_types_are_rejected(int type)
    {
        var segment = new BitWriter().Write(type, 3).Write(0, 21).ToBase64Url();

        ShouldReject($"{TcfVectors.Agreed}.{segment}").Should().Contain($"segment 4: unknown segment type {type}");
    }

    [Fact]
    public void A_second_core_segment_is_rejected()
    {
        ShouldReject($"{AgreedCore}.{AgreedCore}").Should().Contain("segment 2: segment type 0 (core) may only come first");
    }

    [Fact]
    public void A_repeated_segment_type_is_rejected()
    {
        var disclosed = TcfVectors.Agreed.Split('.')[1];

        ShouldReject($"{TcfVectors.Agreed}.{disclosed}").Should().Contain("segment 4: a second DisclosedVendors segment");
    }

    [Fact]
    public void Range_entry_with_vendor_zero_is_rejected()
    {
        var text = TcEncoder.Encode(new TcModel { VendorConsents = new VendorSection(10, true, [], [(0, 3)]) });

        ShouldReject(text).Should().Contain("segment 1 (core): VendorConsents range entry 1: vendor id 0");
    }

    [Fact]
    public void Range_entry_ending_before_it_starts_is_rejected()
    {
        var text = TcEncoder.Encode(new TcModel
        {
            VendorLegitimateInterests = new VendorSection(10, true, [], [(2, 2), (9, 5)]),
        });

        ShouldReject(text).Should().Contain("VendorLegitimateInterests range entry 2: end 5 is before start 9");
    }

    [Fact]
    public void Range_entry_above_max_vendor_id_is_rejected()
    {
        var text = TcEncoder.Encode(new TcModel
        {
            DisclosedVendors = new VendorSection(100, true, [], [(99, 101)]),
        });

        ShouldReject(text).Should().Contain("segment 2 (DisclosedVendors): DisclosedVendors range entry 1: vendor 101 is above MaxVendorId 100");
    }

    [Fact]
    public void Restriction_without_a_purpose_is_rejected()
    {
        var text = TcEncoder.Encode(new TcModel { Restrictions = [new RestrictionModel(7, 0, [(5, 5)]), new RestrictionModel(0, 0, [(5, 5)])] });

        ShouldReject(text).Should().Contain("PublisherRestrictions entry 2: purpose id 0");
    }

    [Fact]
    public void Restriction_of_the_undefined_type_three_is_rejected()
    {
        var text = TcEncoder.Encode(new TcModel { Restrictions = [new RestrictionModel(7, 3, [(5, 5)])] });

        ShouldReject(text).Should().Contain("PublisherRestrictions entry 1 (purpose 7): restriction type 3 is undefined");
    }

    [Fact]
    public void Restriction_range_with_vendor_zero_is_rejected()
    {
        var text = TcEncoder.Encode(new TcModel { Restrictions = [new RestrictionModel(2, 1, [(4, 4), (0, 0)])] });

        ShouldReject(text).Should().Contain("PublisherRestrictions entry 1 (purpose 2) range entry 2: vendor id 0");
    }

    [Fact]
    public void Restriction_cut_short_names_the_entry_and_range_entry()
    {
        var bits = TcEncoder.Core(new TcModel { Restrictions = [new RestrictionModel(2, 1, [(4, 9)]), new RestrictionModel(3, 0, [(4, 9)])] }).ToString();

        ShouldReject(BitWriter.ToBase64Url(bits[..^20]))
            .Should().MatchRegex("ends at bit \\d+ inside PublisherRestrictions entry 2 range entry 1 (StartOrOnlyVendorId|IsARange)");
    }

    [Theory]
    [InlineData("E[", "ConsentLanguage (4, 26)")]
    [InlineData("\u007fA", "ConsentLanguage (62, 0)")]
    public void Letters_outside_a_to_z_are_rejected(string language, string named)
    {
        ShouldReject(TcEncoder.Encode(new TcModel { ConsentLanguage = language })).Should().Contain($"{named} is not two letters A-Z");
    }

    [Fact]
    public void Country_letters_outside_a_to_z_are_rejected()
    {
        ShouldReject(TcEncoder.Encode(new TcModel { PublisherCC = "_A" })).Should().Contain("PublisherCC (30, 0) is not two letters A-Z");
    }

    [Fact]
    public void Publisher_segment_cut_inside_its_custom_purposes_is_rejected()
    {
        var segment = TcEncoder.PublisherTc(new PublisherTcModel([1], [], 40, [1, 40], [2])).ToString();
        var text = $"{AgreedCore}.{BitWriter.ToBase64Url(segment[..(3 + 24 + 24 + 6 + 40 + 5)])}";

        ShouldReject(text).Should().Contain("segment 2 (PublisherTC) ends at bit").And.Contain("inside CustomPurposesLITransparency (bits 97-136)");
    }

    [Fact]
    public void Absurdly_long_segments_are_rejected_before_decoding()
    {
        var text = $"{AgreedCore}.{new string('A', (1 << 20) + 1)}";

        ShouldReject(text).Should().Contain("segment 2 is longer than 1048576 characters");
    }

    [Fact]
    public void Parse_of_null_throws_argument_null_and_try_parse_says_null()
    {
        var parse = () => TcString.Parse(null!);

        parse.Should().Throw<ArgumentNullException>();
        TcString.TryParse(null, out var value, out var error).Should().BeFalse();
        value.Should().BeNull();
        error.Should().Contain("null");
    }

    [Fact]
    public void Try_parse_gives_the_message_parse_throws()
    {
        TcString.TryParse(TcfVectors.BitFieldTooShort, out var value, out var error).Should().BeFalse();

        value.Should().BeNull();
        ShouldReject(TcfVectors.BitFieldTooShort).Should().Be($"Invalid TC string: {error}");
        TcString.TryParse(TcfVectors.Agreed, out value, out error).Should().BeTrue();
        value!.CmpId.Should().Be(300);
        error.Should().BeEmpty();
    }

    [Fact]
    public void Trailing_bits_after_the_last_field_are_padding_and_ignored()
    {
        var withExtra = $"{AgreedCore}AAAA_-_-";

        TcString.Parse(withExtra).VendorConsents.ToArray().Should().Equal(1, 2, 12, 755);
    }

    [Fact]
    public void Overlapping_and_unordered_ranges_are_merged()
    {
        var text = TcEncoder.Encode(new TcModel
        {
            VendorConsents = new VendorSection(60, true, [], [(50, 60), (3, 3), (4, 10), (8, 12), (1, 1)]),
        });

        var vendors = TcString.Parse(text).VendorConsents;

        vendors.ToRanges().Should().Equal(new VendorRange(1, 1), new VendorRange(3, 12), new VendorRange(50, 60));
        vendors.Count.Should().Be(1 + 10 + 11);
        vendors.Contains(2).Should().BeFalse();
        vendors.Contains(12).Should().BeTrue();
        vendors.Contains(13).Should().BeFalse();
    }

    /// <summary>Parses, expects a FormatException, returns its message.</summary>
    private static string ShouldReject(string text)
    {
        var parse = () => TcString.Parse(text);
        return parse.Should().Throw<FormatException>().Which.Message;
    }
}
