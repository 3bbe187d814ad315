namespace SimSid.Dicom.StructuredReport.Triage;

/// <summary>
/// The source images of one study paired with their scores, in source order, after checking that the inputs
/// belong together: one study, every score for a given source image, flags consistent with the threshold.
/// </summary>
internal sealed class TriageInputs
{
    private TriageInputs(string studyInstanceUid, IReadOnlyList<ScoredImage> images, bool isComplete)
    {
        StudyInstanceUid = studyInstanceUid;
        Images = images;
        IsComplete = isComplete;
    }

    public string StudyInstanceUid { get; }

    public IReadOnlyList<ScoredImage> Images { get; }

    /// <summary>True when every source image has a score.</summary>
    public bool IsComplete { get; }

    public static TriageInputs Match(IReadOnlyList<DicomDataset> sources, TriageResult result, TriageModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(result);
        if (sources.Count == 0)
        {
            throw new ArgumentException("The triage report needs the source image datasets.", nameof(sources));
        }

        var references = sources.Select(SopInstanceReference.FromDataset).ToList();
        var study = references[0].StudyInstanceUid;
        var otherStudy = references.FirstOrDefault(r => r.StudyInstanceUid != study);
        if (otherStudy is not null)
        {
            throw new ArgumentException(
                $"Image {otherStudy.SopInstanceUid} belongs to study {otherStudy.StudyInstanceUid}, not {study}: a triage report covers one study.",
                nameof(sources));
        }

        var byInstance = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < references.Count; i++)
        {
            if (!byInstance.TryAdd(references[i].SopInstanceUid, i))
            {
                throw new ArgumentException($"Source image {references[i].SopInstanceUid} is given twice.", nameof(sources));
            }
        }

        var matched = new ScoredImage?[references.Count];
        foreach (var score in result.Images)
        {
            if (!byInstance.TryGetValue(score.SopInstanceUid, out var index))
            {
                throw new ArgumentException($"The score for image {score.SopInstanceUid} has no source dataset.", nameof(result));
            }

            if (score.SopClassUid != references[index].SopClassUid)
            {
                throw new ArgumentException(
                    $"The score for image {score.SopInstanceUid} names SOP class {score.SopClassUid}, the image is {references[index].SopClassUid}.",
                    nameof(result));
            }

            if (score.IsFlagged != model.IsFlagged(score.AnomalyScore))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"Image {score.SopInstanceUid}: flag {score.IsFlagged} disagrees with score {score.AnomalyScore} and threshold {model.Threshold}."),
                    nameof(result));
            }

            matched[index] = new ScoredImage(sources[index], references[index], score);
        }

        var images = matched.OfType<ScoredImage>().ToList();
        return new TriageInputs(study, images, images.Count == references.Count);
    }

    internal sealed record ScoredImage(DicomDataset Source, SopInstanceReference Reference, ImageTriageResult Result);
}
