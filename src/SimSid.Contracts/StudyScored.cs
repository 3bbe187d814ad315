namespace SimSid.Contracts;

/// <summary>The inference role scored a study's frontal images (Images may be empty when nothing was scorable).</summary>
public sealed record StudyScored(
    Guid CorrelationId,
    string StudyInstanceUid,
    ModelIdentity Model,
    IReadOnlyList<ImageScore> Images,
    IReadOnlyList<SkippedInstance> Skipped,
    DateTimeOffset ReceivedUtc,
    double InferenceMs);
