using Microsoft.Extensions.Logging;

namespace SimSid.Inference;

/// <summary>The inference role's log events (4000s).</summary>
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Information, "Model {ModelVersion} ({DeviceUid}) loaded from {ModelDirectory} onto {ComputeDevice} in {ElapsedMs} ms")]
    public static partial void ModelLoaded(ILogger logger, string modelVersion, string deviceUid, string modelDirectory, string computeDevice, long elapsedMs);

    [LoggerMessage(4002, LogLevel.Information, "Model switched to {ModelVersion} from {PreviousModelVersion} ({DeviceUid}), loaded from {ModelDirectory} in {ElapsedMs} ms; new studies use it, studies in flight finish with the previous model")]
    public static partial void ModelSwitched(ILogger logger, string modelVersion, string previousModelVersion, string deviceUid, string modelDirectory, long elapsedMs);

    [LoggerMessage(4003, LogLevel.Error, "Loading model {ModelVersion} failed; keeping {PreviousModelVersion}")]
    public static partial void ModelSwitchFailed(ILogger logger, Exception exception, string modelVersion, string previousModelVersion);

    [LoggerMessage(4004, LogLevel.Warning, "Watching the model registry failed; the poll interval still picks up promotions")]
    public static partial void ModelWatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(4005, LogLevel.Information, "ModelPublished {ModelVersion} ({DeviceUid}) received; switched: {Switched}")]
    public static partial void ModelPublishedReceived(ILogger logger, string modelVersion, string deviceUid, bool switched);

    [LoggerMessage(4010, LogLevel.Information, "Scored study {StudyInstanceUid}: {ImageCount} images, {SkippedCount} skipped, score {AnomalyScore}, flag {Flag}, model {ModelVersion}, {ElapsedMs} ms")]
    public static partial void StudyScored(ILogger logger, string studyInstanceUid, int imageCount, int skippedCount, double anomalyScore, bool flag, string modelVersion, double elapsedMs);

    [LoggerMessage(4011, LogLevel.Information, "Skipped {SopInstanceUid} of study {StudyInstanceUid}: {Reason}")]
    public static partial void InstanceSkipped(ILogger logger, string sopInstanceUid, string studyInstanceUid, string reason);
}
