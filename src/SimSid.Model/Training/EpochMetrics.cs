namespace SimSid.Model.Training;

/// <summary>
/// One line of <c>metrics.jsonl</c>: mean losses over the epoch's iterations, learning rate, validation AUC, speed, and
/// with <see cref="TrainingOptions.AverageEpochs"/> the validation AUC of the weights averaged over the last epochs.
/// </summary>
public sealed record EpochMetrics(
    int Epoch,
    int Iterations,
    double LearningRate,
    double DiscriminatorLoss,
    double GeneratorLoss,
    double ReconstructionLoss,
    double TeacherLoss,
    double DistillationLoss,
    double AdversarialLoss,
    double? ValidationAuc,
    double Seconds,
    double IterationsPerSecond,
    double? AveragedValidationAuc = null);
