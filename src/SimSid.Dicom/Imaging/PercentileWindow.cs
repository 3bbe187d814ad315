namespace SimSid.Dicom.Imaging;

/// <summary>
/// The automatic window used when a dataset carries none: the 0.5th and 99.5th percentiles of the stored
/// values (nearest rank), ignoring Pixel Padding Value. Robust to a few hot or dead pixels and to collimator
/// edges, unlike a plain min/max window.
/// </summary>
internal static class PercentileWindow
{
    public const double LowFraction = 0.005;
    public const double HighFraction = 0.995;

    private const int MaxHistogramBins = 1 << 20;

    /// <summary>Returns the (low, high) stored values at the given fractions of the distribution.</summary>
    public static (int Low, int High) Compute(int[] samples, int? paddingValue, double lowFraction = LowFraction, double highFraction = HighFraction)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Length == 0)
        {
            return (0, 0);
        }

        var (min, max) = MinMax(samples);
        long range = (long)max - min + 1;
        if (range > MaxHistogramBins)
        {
            return BySorting(samples, paddingValue, lowFraction, highFraction);
        }

        var histogram = new int[range];
        foreach (var s in samples)
        {
            histogram[s - min]++;
        }

        long total = samples.Length;
        if (paddingValue is int pad && pad >= min && pad <= max && histogram[pad - min] < total)
        {
            total -= histogram[pad - min];
            histogram[pad - min] = 0;
        }

        var lowRank = Rank(lowFraction, total);
        var highRank = Rank(highFraction, total);
        int? low = null;
        long cumulative = 0;
        for (var i = 0; i < histogram.Length; i++)
        {
            cumulative += histogram[i];
            if (low is null && cumulative >= lowRank)
            {
                low = i + min;
            }

            if (cumulative >= highRank)
            {
                return (low ?? (i + min), i + min);
            }
        }

        return (low ?? min, max);
    }

    private static (int Low, int High) BySorting(int[] samples, int? paddingValue, double lowFraction, double highFraction)
    {
        var kept = paddingValue is int pad ? samples.Where(s => s != pad).ToArray() : (int[])samples.Clone();
        if (kept.Length == 0)
        {
            kept = (int[])samples.Clone();
        }

        Array.Sort(kept);
        return (kept[Rank(lowFraction, kept.Length) - 1], kept[Rank(highFraction, kept.Length) - 1]);
    }

    /// <summary>Nearest-rank position (1-based) of a fraction of n values.</summary>
    private static long Rank(double fraction, long n) => Math.Clamp((long)Math.Ceiling(fraction * n), 1, n);

    private static int Rank(double fraction, int n) => (int)Rank(fraction, (long)n);

    private static (int Min, int Max) MinMax(int[] samples)
    {
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var s in samples)
        {
            min = Math.Min(min, s);
            max = Math.Max(max, s);
        }

        return (min, max);
    }
}
