using Microsoft.Extensions.Logging;

using SimSid.Retrain.Jobs;

namespace SimSid.Retrain;

/// <summary>The retraining library's log events (EventIds 5000–5099); <see cref="RunFinishedEvent"/> (5001) is the one structured event per run.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Retrain run failed")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Retrain selection: {Selected} of {Considered} archived images ({ExcludedByScore} excluded by score, {ExcludedByLabel} by label)")]
    public static partial void Selected(ILogger logger, int selected, int considered, int excludedByScore, int excludedByLabel);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Retrain training {Mode} with preset {Preset} on {Images} images")]
    public static partial void TrainingStarted(ILogger logger, string mode, string preset, int images);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Retrain run refused: {Reason}")]
    public static partial void LockHeld(ILogger logger, string reason);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Scheduled retraining on: {RetrainSchedule} ({TimeZone}), first run at {NextRunUtc:O}")]
    public static partial void Scheduled(ILogger logger, string retrainSchedule, string timeZone, DateTimeOffset nextRunUtc);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Scheduled retrain run starting ({RetrainSchedule}) on registry {RegistryDirectory}")]
    public static partial void ScheduledRunStarting(ILogger logger, string retrainSchedule, string registryDirectory);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Next scheduled retrain run at {NextRunUtc:O}")]
    public static partial void NextRun(ILogger logger, DateTimeOffset nextRunUtc);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Error, Message = "Scheduled retrain run failed; the schedule goes on")]
    public static partial void ScheduledRunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Information, Message = "Published model {ModelVersion} ({DeviceUid}) replacing {PreviousModelVersion} to the inference workers")]
    public static partial void ModelPublished(ILogger logger, string modelVersion, string deviceUid, string? previousModelVersion);
}
