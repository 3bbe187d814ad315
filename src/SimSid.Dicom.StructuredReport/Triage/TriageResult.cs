namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>The model's verdicts on the images of one study.</summary>
public sealed record TriageResult
{
    public TriageResult(IReadOnlyList<ImageTriageResult> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
        {
            throw new ArgumentException("A triage result needs at least one scored image.", nameof(images));
        }

        var duplicate = images.GroupBy(i => i.SopInstanceUid, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Image {duplicate.Key} is scored more than once.", nameof(images));
        }

        Images = images;
    }

    public IReadOnlyList<ImageTriageResult> Images { get; }

    /// <summary>True when any image was flagged: the study should be read with priority.</summary>
    public bool IsFlagged => Images.Any(i => i.IsFlagged);

    public double MaxAnomalyScore => Images.Max(i => i.AnomalyScore);
}
