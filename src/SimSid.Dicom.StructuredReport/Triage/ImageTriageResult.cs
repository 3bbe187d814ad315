namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>The model's verdict on one image: which image, its anomaly score and whether it was flagged.</summary>
public sealed record ImageTriageResult
{
    public ImageTriageResult(string sopClassUid, string sopInstanceUid, double anomalyScore, bool isFlagged)
    {
        SopClassUid = SopInstanceReference.RequireReferencedUid(sopClassUid, nameof(sopClassUid));
        SopInstanceUid = SopInstanceReference.RequireReferencedUid(sopInstanceUid, nameof(sopInstanceUid));
        if (!double.IsFinite(anomalyScore))
        {
            throw new ArgumentOutOfRangeException(nameof(anomalyScore), anomalyScore, $"The anomaly score of {sopInstanceUid} is not a finite number.");
        }

        AnomalyScore = anomalyScore;
        IsFlagged = isFlagged;
    }

    public string SopClassUid { get; }

    public string SopInstanceUid { get; }

    /// <summary>The raw SimSID anomaly score (not a probability).</summary>
    public double AnomalyScore { get; }

    /// <summary>True when the score reached the model's threshold.</summary>
    public bool IsFlagged { get; }
}
