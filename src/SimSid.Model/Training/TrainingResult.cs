namespace SimSid.Model.Training;

/// <summary>What a training run produced.</summary>
public sealed record TrainingResult(
    string ModelDirectory,
    int EpochsCompleted,
    int? BestEpoch,
    double? BestValidationAuc,
    double TrainingMinutes,
    IReadOnlyList<EpochMetrics> History);
