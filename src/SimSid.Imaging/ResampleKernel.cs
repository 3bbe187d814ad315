namespace SimSid.Imaging;

/// <summary>
/// Precomputed one-dimensional resampling weights for one axis: for every output sample the first input
/// index it reads and the normalised weights of the input samples it covers.
/// </summary>
/// <remarks>
/// The filter is the cubic convolution kernel with a = -0.5 (Keys 1981), the "bicubic" of Pillow.
/// When downsampling, its support is stretched by the scale factor, so every input sample contributes
/// (antialiasing); when upsampling it is the plain interpolating kernel. Sample centres sit at i + 0.5,
/// so the image edges line up (no half-pixel shift).
/// </remarks>
internal sealed class ResampleKernel
{
    private const double CubicA = -0.5;
    private const double CubicSupport = 2.0;

    private ResampleKernel(int[] starts, int[] counts, float[] weights, int tapsPerSample)
    {
        Starts = starts;
        Counts = counts;
        Weights = weights;
        TapsPerSample = tapsPerSample;
    }

    /// <summary>First input index of each output sample.</summary>
    public int[] Starts { get; }

    /// <summary>Number of input samples used by each output sample.</summary>
    public int[] Counts { get; }

    /// <summary>Weights, <see cref="TapsPerSample"/> slots per output sample.</summary>
    public float[] Weights { get; }

    public int TapsPerSample { get; }

    public static ResampleKernel Create(int inputLength, int outputLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inputLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputLength);

        var scale = (double)inputLength / outputLength;
        var filterScale = Math.Max(scale, 1.0);
        var support = CubicSupport * filterScale;
        var taps = (int)Math.Ceiling(support) * 2 + 1;

        var starts = new int[outputLength];
        var counts = new int[outputLength];
        var weights = new float[outputLength * taps];
        var scratch = new double[taps];
        for (var i = 0; i < outputLength; i++)
        {
            var center = (i + 0.5) * scale;
            var first = Math.Max(0, (int)Math.Floor(center - support));
            var last = Math.Min(inputLength - 1, (int)Math.Ceiling(center + support));
            var count = 0;
            var sum = 0.0;
            for (var j = first; j <= last && count < taps; j++)
            {
                var w = Cubic((j + 0.5 - center) / filterScale);
                scratch[count++] = w;
                sum += w;
            }

            // Trim zero-weight taps at both ends so the inner loops do no useless work.
            var lead = 0;
            while (lead < count - 1 && scratch[lead] == 0.0)
            {
                lead++;
            }

            while (count - 1 > lead && scratch[count - 1] == 0.0)
            {
                count--;
            }

            starts[i] = first + lead;
            counts[i] = count - lead;
            var norm = sum == 0.0 ? 0.0 : 1.0 / sum;
            for (var k = lead; k < count; k++)
            {
                weights[(i * taps) + k - lead] = (float)(scratch[k] * norm);
            }
        }

        return new ResampleKernel(starts, counts, weights, taps);
    }

    /// <summary>The cubic convolution kernel, a = -0.5, support [-2, 2].</summary>
    internal static double Cubic(double x)
    {
        x = Math.Abs(x);
        if (x < 1.0)
        {
            return ((((CubicA + 2.0) * x) - (CubicA + 3.0)) * x * x) + 1.0;
        }

        if (x < 2.0)
        {
            return (((((CubicA * x) - (5.0 * CubicA)) * x) + (8.0 * CubicA)) * x) - (4.0 * CubicA);
        }

        return 0.0;
    }
}
