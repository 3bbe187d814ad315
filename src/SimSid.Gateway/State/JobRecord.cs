namespace SimSid.Gateway.State;

/// <summary>One scoring of a study by one model, with its report.</summary>
public sealed record JobRecord(
    long Id,
    string StudyInstanceUid,
    Guid CorrelationId,
    string ModelVersion,
    double? Score,
    bool? Flagged,
    string? SrSopInstanceUid,
    string? AccessionNumber,
    string State,
    DateTimeOffset? ReceivedUtc);
