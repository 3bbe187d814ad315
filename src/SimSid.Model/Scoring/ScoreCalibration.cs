namespace SimSid.Model.Scoring;

/// <summary>
/// Paper Eq. 2 with the sign made explicit: the discriminator logit s of the student reconstruction is high for
/// "looks real" (normal), so the anomaly score is A = 1 − σ((s − μ) / σₛ) = σ(−z), in [0, 1], higher = more anomalous.
/// μ and σₛ are the mean and population standard deviation of s over the training images, stored with the model.
/// A training image of average realism scores 0.5.
/// </summary>
public sealed record ScoreCalibration(double Mean, double StandardDeviation)
{
    /// <summary>The standardised logit z = (s − μ) / (σ + 1e−8).</summary>
    public double ZScore(double rawLogit) => (rawLogit - Mean) / (StandardDeviation + 1e-8);

    /// <summary>The anomaly score in [0, 1].</summary>
    public double Score(double rawLogit) => 1.0 / (1.0 + Math.Exp(ZScore(rawLogit)));

    /// <summary>Mean and population standard deviation of <paramref name="rawLogits"/>.</summary>
    public static ScoreCalibration Fit(IReadOnlyCollection<double> rawLogits)
    {
        ArgumentNullException.ThrowIfNull(rawLogits);
        if (rawLogits.Count == 0)
        {
            throw new ArgumentException("Calibration needs at least one training score.", nameof(rawLogits));
        }

        var mean = rawLogits.Average();
        var variance = rawLogits.Sum(v => (v - mean) * (v - mean)) / rawLogits.Count;
        return new ScoreCalibration(mean, Math.Sqrt(variance));
    }
}
