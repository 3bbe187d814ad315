using Microsoft.Extensions.Logging;

namespace SimSid.Gateway;

/// <summary>The gateway's log events (stable property names; UIDs only, never patient data).</summary>
internal static partial class Log
{
    [LoggerMessage(GatewayEventId.InstanceArchived, LogLevel.Information, "Archived {SopInstanceUid} of study {StudyInstanceUid} from {CallingAe} in {ElapsedMs} ms")]
    public static partial void InstanceArchived(ILogger logger, string sopInstanceUid, string studyInstanceUid, string callingAe, double elapsedMs);

    [LoggerMessage(GatewayEventId.InstanceRejected, LogLevel.Warning, "Rejected {SopInstanceUid} from {CallingAe}: {DimseStatus} {Reason}")]
    public static partial void InstanceRejected(ILogger logger, string sopInstanceUid, string callingAe, string dimseStatus, string reason);

    [LoggerMessage(GatewayEventId.OwnObjectIgnored, LogLevel.Debug, "Ignored our own {SopClassUid} {SopInstanceUid} coming back from {CallingAe}")]
    public static partial void OwnObjectIgnored(ILogger logger, string sopClassUid, string sopInstanceUid, string callingAe);

    [LoggerMessage(GatewayEventId.ScpStarted, LogLevel.Information, "DICOM SCP {CalledAe} listening on port {Port}")]
    public static partial void ScpStarted(ILogger logger, string calledAe, int port);

    [LoggerMessage(GatewayEventId.StudyReady, LogLevel.Information, "Study {StudyInstanceUid} ready with {InstanceCount} instances ({SettleReason}), correlation {CorrelationId}")]
    public static partial void StudyReady(ILogger logger, string studyInstanceUid, int instanceCount, string settleReason, Guid correlationId);

    [LoggerMessage(GatewayEventId.SettleFailed, LogLevel.Error, "Settling study {StudyInstanceUid} failed; retrying on the next pass")]
    public static partial void SettleFailed(ILogger logger, Exception exception, string studyInstanceUid);

    [LoggerMessage(GatewayEventId.ReportBuilt, LogLevel.Information, "SR {SrSopInstanceUid} built for study {StudyInstanceUid}: score {AnomalyScore}, flag {Flag}, model {ModelVersion}")]
    public static partial void ReportBuilt(ILogger logger, string srSopInstanceUid, string studyInstanceUid, double anomalyScore, bool flag, string modelVersion);

    [LoggerMessage(GatewayEventId.NothingScored, LogLevel.Warning, "Study {StudyInstanceUid} had no scorable image ({SkippedCount} skipped); no SR")]
    public static partial void NothingScored(ILogger logger, string studyInstanceUid, int skippedCount);

    [LoggerMessage(GatewayEventId.Delivered, LogLevel.Information, "SR {SrSopInstanceUid} of study {StudyInstanceUid} delivered to {Destination} ({DimseStatus}) in {ElapsedMs} ms")]
    public static partial void Delivered(ILogger logger, string srSopInstanceUid, string studyInstanceUid, string destination, string dimseStatus, double elapsedMs);

    [LoggerMessage(GatewayEventId.DeliveryFailed, LogLevel.Warning, "Delivery {DeliveryId} of SR {SrSopInstanceUid} to {Destination} failed (attempt {Attempt}); next attempt at {NextAttemptUtc}: {Error}")]
    public static partial void DeliveryFailed(ILogger logger, long deliveryId, string srSopInstanceUid, string destination, int attempt, DateTimeOffset nextAttemptUtc, string error);

    [LoggerMessage(GatewayEventId.DeliveryGaveUp, LogLevel.Error, "Delivery {DeliveryId} of SR {SrSopInstanceUid} to {Destination} failed for good after {Attempt} attempts: {Error}")]
    public static partial void DeliveryGaveUp(ILogger logger, long deliveryId, string srSopInstanceUid, string destination, int attempt, string error);

    [LoggerMessage(GatewayEventId.CircuitOpened, LogLevel.Warning, "Circuit to {Destination} opened after {Failures} consecutive failures, until {OpenUntilUtc}")]
    public static partial void CircuitOpened(ILogger logger, string destination, int failures, DateTimeOffset openUntilUtc);

    [LoggerMessage(GatewayEventId.StudyTriaged, LogLevel.Information, "Study {StudyInstanceUid} triaged: score {AnomalyScore}, flag {Flag}, SR {SrSopInstanceUid}, model {ModelVersion}, receive to SR {ElapsedMs} ms")]
    public static partial void StudyTriaged(ILogger logger, string studyInstanceUid, double anomalyScore, bool flag, string srSopInstanceUid, string modelVersion, double elapsedMs);

    [LoggerMessage(GatewayEventId.DuplicateScoredIgnored, LogLevel.Information, "StudyScored for study {StudyInstanceUid} (correlation {CorrelationId}, model {ModelVersion}) was already recorded; the duplicate is ignored")]
    public static partial void DuplicateScoredIgnored(ILogger logger, string studyInstanceUid, Guid correlationId, string modelVersion);
}
