namespace SimSid.Model.Scoring;

/// <summary>
/// The AUC's variance after DeLong, DeLong and Clarke-Pearson (Biometrics 44, 1988): the AUC is the mean of each
/// abnormal image's share of normals it outranks (ties one half), or equally of each normal image's share of
/// abnormals that outrank it; the variance is var(abnormal shares) / m + var(normal shares) / n. With 100 images per
/// class this tells whether two AUCs differ by more than the sample alone would make them.
/// </summary>
public static class DeLongAuc
{
    /// <summary>The two-sided 95 % quantile of the standard normal distribution.</summary>
    private const double Z95 = 1.959963984540054;

    /// <summary>The AUC (higher score = more anomalous), its standard error and 95 % interval.</summary>
    public static AucEstimate Estimate(IReadOnlyList<double> scores, IReadOnlyList<bool> abnormal)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(abnormal);
        if (scores.Count != abnormal.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {abnormal.Count} labels.", nameof(abnormal));
        }

        var positives = scores.Where((_, i) => abnormal[i]).Order().ToArray();
        var negatives = scores.Where((_, i) => !abnormal[i]).Order().ToArray();
        if (positives.Length == 0 || negatives.Length == 0)
        {
            return new AucEstimate(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        // Share of normals each abnormal image outranks, and share of abnormals that outrank each normal image.
        var positiveShares = positives.Select(x => (Below(negatives, x) + (0.5 * Equal(negatives, x))) / negatives.Length).ToArray();
        var negativeShares = negatives.Select(y => (Above(positives, y) + (0.5 * Equal(positives, y))) / positives.Length).ToArray();
        var auc = positiveShares.Average();
        if (positives.Length < 2 || negatives.Length < 2)
        {
            return new AucEstimate(auc, double.NaN, double.NaN, double.NaN);
        }

        var variance = (SampleVariance(positiveShares, auc) / positives.Length) + (SampleVariance(negativeShares, auc) / negatives.Length);
        var standardError = Math.Sqrt(variance);
        return new AucEstimate(auc, standardError, Math.Max(0, auc - (Z95 * standardError)), Math.Min(1, auc + (Z95 * standardError)));
    }

    private static double SampleVariance(double[] values, double mean) =>
        values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1);

    private static int Below(double[] sorted, double value) => CountBelow(sorted, value, orEqual: false);

    private static int Above(double[] sorted, double value) => sorted.Length - CountBelow(sorted, value, orEqual: true);

    private static int Equal(double[] sorted, double value) => CountBelow(sorted, value, orEqual: true) - CountBelow(sorted, value, orEqual: false);

    /// <summary>How many of the ascending <paramref name="sorted"/> values are below (or equal to) <paramref name="value"/>.</summary>
    private static int CountBelow(double[] sorted, double value, bool orEqual)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value || (orEqual && sorted[middle] == value))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
