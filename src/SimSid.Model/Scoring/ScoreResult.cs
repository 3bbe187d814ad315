namespace SimSid.Model.Scoring;

/// <summary>One image's result: anomaly score in [0, 1], whether it reaches the model's threshold, and the raw values.</summary>
public sealed record ScoreResult(double Score, bool Flagged, double RawLogit, double ZScore);
