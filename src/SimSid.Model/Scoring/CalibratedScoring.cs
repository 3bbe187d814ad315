namespace SimSid.Model.Scoring;

/// <summary>
/// What <see cref="ScoreCalibrator"/> fits: μ and σ, the operating threshold, where the threshold came from
/// (<c>validation</c> or <c>training-quantile</c>) and, with validation data, the metrics there (validationAuc, …).
/// </summary>
internal sealed record CalibratedScoring(ScoreCalibration Calibration, double Threshold, string ThresholdSource, IReadOnlyDictionary<string, double> ValidationMetrics);
