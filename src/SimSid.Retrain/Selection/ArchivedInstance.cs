namespace SimSid.Retrain.Selection;

/// <summary>
/// One archived image as the pipeline's state database knows it. <see cref="Score"/> is the score the model current
/// at the time gave it (null when never scored). Modality and view position are null when unknown (plain image files).
/// </summary>
public sealed record ArchivedInstance(
    string SopInstanceUid,
    string StudyInstanceUid,
    string Path,
    string? Modality,
    string? ViewPosition,
    DateTimeOffset ReceivedUtc,
    double? Score = null,
    bool? Flagged = null);
