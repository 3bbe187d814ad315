namespace SimSid.Contracts;

/// <summary>The study's SR was delivered to every configured destination; for worklist integrations.</summary>
/// <param name="CorrelationId">The study's pipeline pass.</param>
/// <param name="StudyInstanceUid">Study Instance UID.</param>
/// <param name="AccessionNumber">Accession Number when the study has one.</param>
/// <param name="AnomalyScore">The study's score: the highest image score.</param>
/// <param name="Flagged">Whether the score reached the model's threshold.</param>
/// <param name="Priority">The suggested reading priority.</param>
/// <param name="SrSopInstanceUid">SOP Instance UID of the delivered SR.</param>
/// <param name="ModelVersion">Version of the model that scored the study.</param>
public sealed record StudyTriaged(
    Guid CorrelationId,
    string StudyInstanceUid,
    string? AccessionNumber,
    double AnomalyScore,
    bool Flagged,
    TriagePriority Priority,
    string SrSopInstanceUid,
    string ModelVersion);
