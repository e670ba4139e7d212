using System.Text;

namespace Okube.Actors.Tests.Support.Tcf;

/// <summary>Builds a bit string left to right and turns it into base64url, for the test encoder.</summary>
public sealed class BitWriter
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private readonly StringBuilder bits = new();

    public int Length => bits.Length;

    public BitWriter Write(long value, int width)
    {
        if (width < 64 && (value < 0 || value >> width != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} does not fit {width} bits");
        }

        for (var i = width - 1; i >= 0; i--)
        {
            bits.Append(((value >> i) & 1) == 1 ? '1' : '0');
        }

        return this;
    }

    public BitWriter Write(bool value) => Write(value ? 1 : 0, 1);

    /// <summary>Appends a literal such as "011" (spaces ignored).</summary>
    public BitWriter Bits(string literal)
    {
        foreach (var c in literal.Where(c => c != ' '))
        {
            bits.Append(c is '0' or '1' ? c : throw new ArgumentException($"not a bit: {c}", nameof(literal)));
        }

        return this;
    }

    /// <summary>One bit per id 1..width, id 1 first.</summary>
    public BitWriter Ids(IEnumerable<int> ids, int width)
    {
        var set = ids.ToHashSet();
        for (var id = 1; id <= width; id++)
        {
            bits.Append(set.Contains(id) ? '1' : '0');
        }

        return this;
    }

    /// <summary>The fewest characters that hold every bit (the last one zero-padded).</summary>
    public string ToBase64Url() => ToBase64Url(bits.ToString());

    public static string ToBase64Url(string bitString)
    {
        var padded = bitString.PadRight((bitString.Length + 5) / 6 * 6, '0');
        var text = new StringBuilder(padded.Length / 6);
        for (var i = 0; i < padded.Length; i += 6)
        {
            text.Append(Alphabet[Convert.ToInt32(padded.Substring(i, 6), 2)]);
        }

        return text.ToString();
    }

    public override string ToString() => bits.ToString();
}
