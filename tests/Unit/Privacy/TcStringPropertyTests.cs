using Okube.Actors.Gateway.Privacy.Tcf;
using Okube.Actors.Tests.Support.Tcf;

namespace Okube.Actors.Tests.Unit.Privacy;

/// <summary>Seeded random properties: round trips through the test encoder, truncation, garbage.</summary>
public sealed class TcStringPropertyTests
{
    private const int Cases = 300;

    [Fact]
    public void Random_core_segments_round_trip()
    {
        var random = new Random(5_001);
        for (var c = 0; c < Cases; c++)
        {
            var model = TcModelGenerator.Core(random);
            var text = TcEncoder.Encode(model);

            TcString.Parse(text).ShouldMatch(model, $"case {c}: {text}");
        }
    }

    [Fact]
    public void Random_strings_with_optional_segments_round_trip()
    {
        var random = new Random(5_002);
        for (var c = 0; c < Cases; c++)
        {
            var model = TcModelGenerator.WithSegments(random);
            var text = TcEncoder.Encode(model);

            TcString.Parse(text).ShouldMatch(model, $"case {c}: {text}");
        }
    }

    [Fact]
    public void Segments_may_come_in_any_order_after_the_core()
    {
        var random = new Random(5_003);
        for (var c = 0; c < 50; c++)
        {
            var model = TcModelGenerator.Core(random) with
            {
                DisclosedVendors = TcModelGenerator.Vendors(random),
                AllowedVendors = TcModelGenerator.Vendors(random),
                PublisherTc = TcModelGenerator.PublisherTc(random),
            };
            var segments = TcEncoder.Encode(model).Split('.');
            var optional = segments[1..];
            random.Shuffle(optional);

            TcString.Parse(string.Join('.', [segments[0], .. optional])).ShouldMatch(model, $"case {c}");
        }
    }

    [Fact]
    public void Truncating_a_core_segment_anywhere_is_a_format_error()
    {
        var random = new Random(5_004);
        for (var c = 0; c < Cases; c++)
        {
            var text = TcEncoder.Encode(TcModelGenerator.Core(random));
            var cut = random.Next(text.Length);

            var parse = () => TcString.Parse(text[..cut]);

            parse.Should().Throw<FormatException>($"case {c}: {text} cut to {cut} characters");
        }
    }

    [Fact]
    public void Truncated_strings_are_format_errors_unless_cut_just_before_a_segment()
    {
        var random = new Random(5_005);
        for (var c = 0; c < Cases; c++)
        {
            var model = TcModelGenerator.WithSegments(random);
            var text = TcEncoder.Encode(model);
            var cut = random.Next(text.Length);
            var prefix = text[..cut];

            if (text[cut] == '.')
            {
                var kept = prefix.Split('.').Length - 1;
                TcString.Parse(prefix).ShouldMatch(KeepSegments(model, kept), $"case {c}: {prefix}");
            }
            else
            {
                var parse = () => TcString.Parse(prefix);
                parse.Should().Throw<FormatException>($"case {c}: {text} cut to {cut} characters")
                    .Which.Message.Should().MatchRegex("ends at bit|is empty", $"case {c}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TcfVectors.ValidData), MemberType = typeof(TcfVectors))]
    public void Every_prefix_of_a_vector_parses_or_is_a_format_error(string vector)
    {
        for (var cut = 0; cut < vector.Length; cut++)
        {
            var prefix = vector[..cut];
            var failure = Record.Exception(() => TcString.Parse(prefix));

            failure.Should().Match(e => e == null || e is FormatException, $"cut to {cut}: {failure}");
            TcString.TryParse(prefix, out var value, out var error).Should().Be(failure is null);
            (value is null).Should().Be(failure is not null);
            if (failure is not null)
            {
                failure.Message.Should().EndWith(error);
            }
        }
    }

    [Fact]
    public void Random_garbage_is_only_ever_a_format_error()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_..==+/ \né\0";
        var random = new Random(5_006);
        for (var c = 0; c < 3000; c++)
        {
            var length = random.Next(0, 400);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(c % 2 == 0 ? 64 : alphabet.Length)];
            }

            // Half the cases start like a version 2 core so the decoder goes deep.
            if (c % 4 < 2 && length > 0)
            {
                chars[0] = 'C';
            }

            ShouldParseOrFailWithFormatException(new string(chars), $"case {c}");
        }
    }

    [Fact]
    public void Mutated_vectors_parse_or_fail_with_a_format_exception()
    {
        var random = new Random(5_007);
        var vectors = TcfVectors.Valid.ToArray();
        var survived = 0;
        for (var c = 0; c < 3000; c++)
        {
            var chars = vectors[random.Next(vectors.Length)].ToCharArray();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                chars[random.Next(chars.Length)] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[random.Next(64)];
            }

            survived += ShouldParseOrFailWithFormatException(new string(chars), $"case {c}") ? 1 : 0;
        }

        survived.Should().BeGreaterThan(0, "some mutations only change values");
    }

    private static bool ShouldParseOrFailWithFormatException(string text, string because)
    {
        var failure = Record.Exception(() => TcString.Parse(text));
        failure.Should().Match(e => e == null || e is FormatException, $"{because}: {text}: {failure}");
        var tried = TcString.TryParse(text, out _, out var error);
        tried.Should().Be(failure is null, because);
        if (failure is not null)
        {
            failure.Message.Should().Be($"Invalid TC string: {error}", because);
        }

        return failure is null;
    }

    private static TcModel KeepSegments(TcModel model, int optionalSegments)
    {
        var kept = model;
        var present = 0;
        if (model.DisclosedVendors is not null && ++present > optionalSegments)
        {
            kept = kept with { DisclosedVendors = null };
        }

        if (model.AllowedVendors is not null && ++present > optionalSegments)
        {
            kept = kept with { AllowedVendors = null };
        }

        if (model.PublisherTc is not null && ++present > optionalSegments)
        {
            kept = kept with { PublisherTc = null };
        }

        return kept;
    }
}
