using Microsoft.Extensions.Logging;

using SimSid.Retrain.Jobs;

namespace SimSid.Retrain;

/// <summary>The retraining library's log events (EventIds 5000–5099); <see cref="RunFinished"/> is the one structured event per run.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Retrain run {Outcome}: {Selected} images selected ({TrainingImages} trained, {RecentNormals} held out), {TrainingMinutes:F1} training minutes, candidate {ModelVersion} AUC {CandidateAuc} vs current {PreviousModelVersion} AUC {CurrentAuc}: {Reason} {@Result}")]
    public static partial void RunFinished(
        ILogger logger, RetrainOutcome outcome, int selected, int trainingImages, int recentNormals, double trainingMinutes,
        string? modelVersion, double? candidateAuc, string? previousModelVersion, double? currentAuc, string reason, RetrainResult result);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Retrain run failed")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Retrain selection: {Selected} of {Considered} archived images ({ExcludedByScore} excluded by score, {ExcludedByLabel} by label)")]
    public static partial void Selected(ILogger logger, int selected, int considered, int excludedByScore, int excludedByLabel);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Retrain training {Mode} with preset {Preset} on {Images} images")]
    public static partial void TrainingStarted(ILogger logger, string mode, string preset, int images);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Retrain run refused: {Reason}")]
    public static partial void LockHeld(ILogger logger, string reason);
}
