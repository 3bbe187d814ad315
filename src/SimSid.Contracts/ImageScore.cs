namespace SimSid.Contracts;

/// <summary>The anomaly score of one scored image.</summary>
public sealed record ImageScore(string SopInstanceUid, string SopClassUid, double AnomalyScore, bool Flagged);
