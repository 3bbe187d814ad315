namespace SimSid.Imaging;

/// <summary>
/// PNG scanline filtering (ISO/IEC 15948 §9): for each row all five filter types are tried and the one with
/// the smallest sum of absolute signed residuals is kept (the heuristic the PNG specification recommends, §12.8).
/// </summary>
internal static class PngRowFilter
{
    /// <summary>Writes the filter type byte and the filtered row into <paramref name="destination"/> (row length + 1).</summary>
    public static void FilterRow(ReadOnlySpan<byte> row, ReadOnlySpan<byte> previous, int bytesPerPixel, Span<byte> destination, Span<byte> scratch)
    {
        var bestType = 0;
        var bestScore = long.MaxValue;
        for (var type = 0; type <= 4; type++)
        {
            Apply(type, row, previous, bytesPerPixel, scratch);
            var score = 0L;
            foreach (var b in scratch[..row.Length])
            {
                int residual = (sbyte)b;
                score += residual < 0 ? -residual : residual;
            }

            if (score < bestScore)
            {
                bestScore = score;
                bestType = type;
            }
        }

        destination[0] = (byte)bestType;
        Apply(bestType, row, previous, bytesPerPixel, destination[1..]);
    }

    private static void Apply(int type, ReadOnlySpan<byte> row, ReadOnlySpan<byte> previous, int bpp, Span<byte> output)
    {
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0;
            int b = previous.IsEmpty ? 0 : previous[i];
            int c = i >= bpp && !previous.IsEmpty ? previous[i - bpp] : 0;
            var predictor = type switch
            {
                1 => a,
                2 => b,
                3 => (a + b) >> 1,
                4 => Paeth(a, b, c),
                _ => 0,
            };
            output[i] = (byte)(row[i] - predictor);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc)
        {
            return a;
        }

        return pb <= pc ? b : c;
    }
}
