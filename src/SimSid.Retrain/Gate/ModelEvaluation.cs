namespace SimSid.Retrain.Gate;

/// <summary>
/// One model measured for the gate: AUC on the labelled validation folder, the metrics at its own stored threshold,
/// and the fraction of recent (presumed normal) images it flags.
/// </summary>
public sealed record ModelEvaluation
{
    public string Version { get; init; } = "";

    public double Auc { get; init; }

    public double Threshold { get; init; }

    public double Sensitivity { get; init; }

    public double Specificity { get; init; }

    public int ValidationNormalCount { get; init; }

    public int ValidationAbnormalCount { get; init; }

    public int RecentNormalCount { get; init; }

    /// <summary>Fraction of recent normals scored at or above the model's threshold; null when none were given.</summary>
    public double? RecentNormalFlaggedFraction { get; init; }
}
