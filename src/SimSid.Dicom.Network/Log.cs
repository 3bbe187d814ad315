using System.Net;
using Microsoft.Extensions.Logging;

namespace SimSid.Dicom.Network;

/// <summary>Source-generated log messages; templates use the project's property glossary and carry no patient data.</summary>
internal static partial class Log
{
    [LoggerMessage(NetworkEventId.ListenerStarted, LogLevel.Information, "DICOM SCP {CalledAe} listening on {LocalEndPoint}")]
    public static partial void ListenerStarted(ILogger logger, string calledAe, EndPoint? localEndPoint);

    [LoggerMessage(NetworkEventId.ListenerStopped, LogLevel.Information, "DICOM SCP {CalledAe} stopped")]
    public static partial void ListenerStopped(ILogger logger, string calledAe);

    [LoggerMessage(NetworkEventId.AssociationAccepted, LogLevel.Information, "Association {AssociationId} accepted from {CallingAe} at {RemoteEndPoint} to {CalledAe}, {AcceptedContexts} contexts accepted")]
    public static partial void AssociationAccepted(ILogger logger, long associationId, string callingAe, EndPoint? remoteEndPoint, string calledAe, int acceptedContexts);

    [LoggerMessage(NetworkEventId.AssociationRejected, LogLevel.Warning, "Association {AssociationId} from {CallingAe} at {RemoteEndPoint} to {CalledAe} rejected: {Reject}")]
    public static partial void AssociationRejected(ILogger logger, long associationId, string callingAe, EndPoint? remoteEndPoint, string calledAe, string reject);

    [LoggerMessage(NetworkEventId.AssociationReleased, LogLevel.Information, "Association {AssociationId} released")]
    public static partial void AssociationReleased(ILogger logger, long associationId);

    [LoggerMessage(NetworkEventId.AssociationAborted, LogLevel.Warning, "Association {AssociationId} aborted: {Reason}")]
    public static partial void AssociationAborted(ILogger logger, long associationId, string reason);

    [LoggerMessage(NetworkEventId.ProtocolError, LogLevel.Warning, "Association {AssociationId} protocol error, sending A-ABORT")]
    public static partial void ProtocolError(ILogger logger, Exception exception, long associationId);

    [LoggerMessage(NetworkEventId.ArtimExpired, LogLevel.Warning, "Connection {AssociationId} from {RemoteEndPoint}: ARTIM timer expired")]
    public static partial void ArtimExpired(ILogger logger, long associationId, EndPoint? remoteEndPoint);

    [LoggerMessage(NetworkEventId.IdleTimeout, LogLevel.Warning, "Association {AssociationId} idle for {IdleTimeout}, aborting")]
    public static partial void IdleTimeout(ILogger logger, long associationId, TimeSpan idleTimeout);

    [LoggerMessage(NetworkEventId.InstanceStored, LogLevel.Debug, "Association {AssociationId} stored {SopInstanceUid} ({SopClassUid}, {TransferSyntaxUid}): {DimseStatus}")]
    public static partial void InstanceStored(ILogger logger, long associationId, string sopInstanceUid, string sopClassUid, string transferSyntaxUid, string dimseStatus);

    [LoggerMessage(NetworkEventId.StoreFailed, LogLevel.Warning, "Association {AssociationId} could not spool {SopInstanceUid}")]
    public static partial void StoreFailed(ILogger logger, Exception exception, long associationId, string sopInstanceUid);

    [LoggerMessage(NetworkEventId.HandlerFailed, LogLevel.Error, "Association {AssociationId}: handler threw, answering {DimseStatus}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, long associationId, string dimseStatus);

    [LoggerMessage(NetworkEventId.AssociationFailed, LogLevel.Warning, "Association {AssociationId} ended by a transport error")]
    public static partial void AssociationFailed(ILogger logger, Exception exception, long associationId);

    [LoggerMessage(NetworkEventId.ScuAssociated, LogLevel.Information, "Associated with {CalledAe} at {RemoteEndPoint} as {CallingAe}, {AcceptedContexts} contexts accepted")]
    public static partial void ScuAssociated(ILogger logger, string calledAe, EndPoint? remoteEndPoint, string callingAe, int acceptedContexts);

    [LoggerMessage(NetworkEventId.ScuStoreCompleted, LogLevel.Debug, "C-STORE {SopInstanceUid} answered {DimseStatus}")]
    public static partial void ScuStoreCompleted(ILogger logger, string sopInstanceUid, string dimseStatus);
}
