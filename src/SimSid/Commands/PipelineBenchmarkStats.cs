namespace SimSid.Commands;

/// <summary>Summary of one measured quantity in milliseconds (nearest-rank percentiles).</summary>
internal sealed record PipelineBenchmarkStats(int Count, double P50, double P95, double Max, double Mean)
{
    /// <summary>The summary of the values present, or null when there are none.</summary>
    public static PipelineBenchmarkStats? Of(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Order().ToArray();
        return sorted.Length == 0
            ? null
            : new PipelineBenchmarkStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted[^1], sorted.Average());
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
