using Microsoft.Extensions.Logging;

namespace SimSid.Retrain.Jobs;

/// <summary>The retraining job's log events; <see cref="RunFinished"/> is the one structured event per run.</summary>
internal static partial class RetrainLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Retrain run {Outcome}: {Selected} images selected ({TrainingImages} trained, {RecentNormals} held out), {TrainingMinutes:F1} training minutes, candidate {CandidateVersion} AUC {CandidateAuc} vs current {CurrentVersion} AUC {CurrentAuc}: {Reason} {@Result}")]
    public static partial void RunFinished(
        ILogger logger, RetrainOutcome outcome, int selected, int trainingImages, int recentNormals, double trainingMinutes,
        string? candidateVersion, double? candidateAuc, string? currentVersion, double? currentAuc, string reason, RetrainResult result);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Retrain run failed")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Retrain selection: {Selected} of {Considered} archived images ({ExcludedByScore} excluded by score, {ExcludedByLabel} by label)")]
    public static partial void Selected(ILogger logger, int selected, int considered, int excludedByScore, int excludedByLabel);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Retrain training {Mode} with preset {Preset} on {Images} images")]
    public static partial void TrainingStarted(ILogger logger, string mode, string preset, int images);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Retrain run refused: {Reason}")]
    public static partial void LockHeld(ILogger logger, string reason);
}
