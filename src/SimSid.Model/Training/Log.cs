using Microsoft.Extensions.Logging;

namespace SimSid.Model.Training;

/// <summary>Training log events (EventIds 5100–5199).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Training {Preset} on {NormalCount} normal and {AbnormalCount} abnormal images, {ValidationCount} validation images, {Epochs} epochs max, budget {BudgetMinutes} min")]
    public static partial void TrainingStarted(ILogger logger, string preset, int normalCount, int abnormalCount, int validationCount, int epochs, double? budgetMinutes);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Epoch {Epoch}: D {DiscriminatorLoss:F4} G {GeneratorLoss:F4} rec {ReconstructionLoss:F4} lr {LearningRate:E2} val AUC {ValidationAuc} ({Seconds:F0} s, {IterationsPerSecond:F2} it/s)")]
    public static partial void EpochCompleted(ILogger logger, int epoch, double discriminatorLoss, double generatorLoss, double reconstructionLoss, double learningRate, string validationAuc, double seconds, double iterationsPerSecond);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Resumed from epoch {Epoch} ({Minutes:F1} min already spent)")]
    public static partial void Resumed(ILogger logger, int epoch, double minutes);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Time budget of {BudgetMinutes} min reached during epoch {Epoch}")]
    public static partial void BudgetReached(ILogger logger, double budgetMinutes, int epoch);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "New best validation AUC {ValidationAuc:F4} at epoch {Epoch}")]
    public static partial void NewBest(ILogger logger, double validationAuc, int epoch);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Model written to {ModelDirectory}: threshold {Threshold:F4} ({ThresholdSource}), calibration mean {Mean:F4} sd {StandardDeviation:F4}")]
    public static partial void ModelWritten(ILogger logger, string modelDirectory, double threshold, string thresholdSource, double mean, double standardDeviation);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Information, Message = "Starting from the weights of {ModelDirectory} (fresh optimiser state)")]
    public static partial void InitialWeightsLoaded(ILogger logger, string modelDirectory);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Warning, Message = "libtorch failed in epoch {Epoch}, iteration {Iteration} ({Error}); going back to the checkpoint of epoch {CheckpointEpoch} (retry {Retry} of {Retries})")]
    public static partial void StepFailed(ILogger logger, int epoch, int iteration, string error, int checkpointEpoch, int retry, int retries);
}
