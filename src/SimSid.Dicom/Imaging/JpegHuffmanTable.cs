namespace SimSid.Dicom.Imaging;

/// <summary>
/// A Huffman decoding table built from a DHT segment (ITU-T T.81 Annex C and F.2.2.3): canonical codes by
/// length, with a 9-bit lookahead table for the common short codes.
/// </summary>
internal sealed class JpegHuffmanTable
{
    public const int LookaheadBits = 9;

    private readonly int[] _maxCode = new int[18];
    private readonly int[] _valueOffset = new int[17];
    private readonly byte[] _values;

    public JpegHuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> values)
    {
        _values = values.ToArray();
        Lookahead = new ushort[1 << LookaheadBits];
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            var n = counts[length - 1];
            _valueOffset[length] = k - code;
            for (var i = 0; i < n; i++)
            {
                if (length <= LookaheadBits)
                {
                    // Every 9-bit prefix that starts with this code decodes to it: (length << 8) | value.
                    var shift = LookaheadBits - length;
                    var first = code << shift;
                    for (var j = 0; j < (1 << shift); j++)
                    {
                        Lookahead[first + j] = (ushort)((length << 8) | _values[k]);
                    }
                }

                code++;
                k++;
            }

            _maxCode[length] = n == 0 ? -1 : code - 1;
            code <<= 1;
        }

        _maxCode[17] = int.MaxValue;
    }

    /// <summary>For each 9-bit prefix: (code length &lt;&lt; 8) | value, or 0 when the code is longer than 9 bits.</summary>
    public ushort[] Lookahead { get; }

    /// <summary>Largest code of <paramref name="length"/> bits, or -1 when there is none.</summary>
    public int MaxCode(int length) => _maxCode[length];

    /// <summary>The value of a code of the given length (F.2.2.3: VALPTR + code - MINCODE).</summary>
    public int Value(int length, int code)
    {
        var index = _valueOffset[length] + code;
        return (uint)index < (uint)_values.Length ? _values[index] : -1;
    }
}
