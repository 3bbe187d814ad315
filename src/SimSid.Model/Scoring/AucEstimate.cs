namespace SimSid.Model.Scoring;

/// <summary>
/// The empirical AUC with its DeLong standard error and a 95 % confidence interval (normal approximation, clamped to
/// [0, 1]). NaN standard error and bounds when either class has fewer than two images.
/// </summary>
public sealed record AucEstimate(double Auc, double StandardError, double Lower95, double Upper95);
