namespace SimSid.Model.Scoring;

/// <summary>Counts and rates at one operating threshold (a score ≥ threshold is flagged abnormal).</summary>
public sealed record ClassificationMetrics(
    double Threshold,
    int TruePositives,
    int FalsePositives,
    int TrueNegatives,
    int FalseNegatives)
{
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    public double Sensitivity => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double Specificity => Ratio(TrueNegatives, TrueNegatives + FalsePositives);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
