namespace SimSid.Model.Scoring;

/// <summary>A point of a ROC (X = false-positive rate, Y = sensitivity) or PR (X = recall, Y = precision) curve.</summary>
public readonly record struct CurvePoint(double X, double Y, double Threshold);
