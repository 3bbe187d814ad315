namespace SimSid.Retrain.Training;

/// <summary>A trained candidate model directory and how it was made.</summary>
public sealed record CandidateTrainingResult(
    string ModelDirectory,
    string Preset,
    string Mode,
    int EpochsCompleted,
    double TrainingMinutes,
    double? BestValidationAuc);
