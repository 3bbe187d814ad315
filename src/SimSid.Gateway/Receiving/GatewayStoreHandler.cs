using System.Data.Common;
using Microsoft.Extensions.Logging;
using SimSid.Dicom;
using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Scp;
using SimSid.Gateway.Archive;
using SimSid.Gateway.State;

namespace SimSid.Gateway.Receiving;

/// <summary>
/// The gateway's C-STORE handler: checks the received file, moves it into the archive, records it in the state
/// database, and only then answers success (acknowledged only when durable). Our own SR/KOS coming back are
/// acknowledged and dropped.
/// </summary>
internal sealed class GatewayStoreHandler(
    InstanceArchive archive,
    StudyStore studies,
    GatewayOptions options,
    GatewayMetrics metrics,
    ILogger logger,
    TimeProvider time) : ICStoreHandler
{
    public ValueTask<DicomStatus> OnCStoreAsync(CStoreRequestContext request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        var callingAe = request.Association.CallingAe;
        DicomDataset dataset;
        try
        {
            dataset = DicomFile.Open(request.TemporaryFilePath, new DicomReadOptions { StopBeforePixelData = true }).Dataset;
        }
        catch (DicomException ex)
        {
            return Reject(request, DicomStatus.CannotUnderstand, "unreadable data set: " + ex.Message);
        }

        if (dataset.GetStringOrDefault(DicomTag.SOPClassUID) != request.SopClassUid
            || dataset.GetStringOrDefault(DicomTag.SOPInstanceUID) != request.SopInstanceUid)
        {
            return Reject(request, DicomStatus.DataSetDoesNotMatchSopClass, "SOP Class/Instance UID in the data set differ from the command");
        }

        if (options.IgnoreOwnObjects && OwnObjects.IsOwn(dataset))
        {
            Log.OwnObjectIgnored(logger, request.SopClassUid, request.SopInstanceUid, callingAe);
            return ValueTask.FromResult(DicomStatus.Success);
        }

        var study = dataset.GetStringOrDefault(DicomTag.StudyInstanceUID);
        var series = dataset.GetStringOrDefault(DicomTag.SeriesInstanceUID);
        if (!DicomUid.IsValid(study) || !DicomUid.IsValid(series) || !DicomUid.IsValid(request.SopInstanceUid))
        {
            return Reject(request, DicomStatus.CannotUnderstand, "missing or invalid Study/Series/SOP Instance UID");
        }

        try
        {
            var path = archive.Store(request.TemporaryFilePath, study!, series!, request.SopInstanceUid);
            studies.RecordInstance(
                new ReceivedInstance(request.SopInstanceUid, request.SopClassUid, study!, series!, request.TransferSyntaxUid, path, callingAe),
                time.GetUtcNow());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Reject(request, DicomStatus.OutOfResources, "archive write failed: " + ex.Message);
        }
        catch (Exception ex) when (ex is DbException or ArchivePathException)
        {
            return Reject(request, DicomStatus.ProcessingFailure, "recording failed: " + ex.Message);
        }

        metrics.InstancesReceived.Add(1, new KeyValuePair<string, object?>("calling_ae", callingAe));
        Log.InstanceArchived(logger, request.SopInstanceUid, study!, callingAe, time.GetElapsedTime(started).TotalMilliseconds);
        return ValueTask.FromResult(DicomStatus.Success);
    }

    private ValueTask<DicomStatus> Reject(CStoreRequestContext request, DicomStatus status, string reason)
    {
        metrics.InstancesRejected.Add(1);
        Log.InstanceRejected(logger, request.SopInstanceUid, request.Association.CallingAe, status.ToString(), reason);
        return ValueTask.FromResult(status);
    }
}
