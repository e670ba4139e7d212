namespace Okube.Actors.Gateway.Privacy.Tcf;

/// <summary>Base64url (RFC 4648 §5) characters to bits, 6 per character, packed big-endian into bytes.</summary>
internal static class Base64Url
{
    /// <summary>Bytes needed to hold <paramref name="characters"/> characters.</summary>
    public static int ByteCount(int characters) => ((characters * 6) + 7) >> 3;

    /// <summary>
    /// Packs <paramref name="characters"/> into <paramref name="destination"/> (at least
    /// <see cref="ByteCount"/> bytes). Returns the index of the first character that is not
    /// base64url, or -1 when all are.
    /// </summary>
    public static int Decode(ReadOnlySpan<char> characters, Span<byte> destination)
    {
        var accumulator = 0;
        var pending = 0;
        var written = 0;
        for (var i = 0; i < characters.Length; i++)
        {
            var value = ValueOf(characters[i]);
            if (value < 0)
            {
                return i;
            }

            accumulator = ((accumulator << 6) | value) & 0x3FFF;
            pending += 6;
            if (pending >= 8)
            {
                pending -= 8;
                destination[written++] = (byte)(accumulator >> pending);
            }
        }

        if (pending > 0)
        {
            destination[written] = (byte)(accumulator << (8 - pending));
        }

        return -1;
    }

    /// <summary>The 6-bit value of a base64url character, or -1.</summary>
    public static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
