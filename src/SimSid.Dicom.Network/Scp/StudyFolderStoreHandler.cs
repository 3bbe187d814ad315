using SimSid.Dicom.Network.Dimse;
using SimSid.Dicom.Network.Files;

namespace SimSid.Dicom.Network.Scp;

/// <summary>
/// Stores each instance as <c>root/&lt;StudyInstanceUID&gt;/&lt;SeriesInstanceUID&gt;/&lt;SOPInstanceUID&gt;.dcm</c> by an atomic
/// rename of the fsynced temporary file (the folder entry is then synced too). UIDs are validated before they become
/// path segments. The data set's SOP class/instance must match the command (else A900). An optional callback
/// sees each stored instance before the success status is returned; if it throws, the status is a failure.
/// </summary>
public sealed class StudyFolderStoreHandler(string rootDirectory, Func<StoredInstance, CancellationToken, ValueTask>? onStored = null) : ICStoreHandler
{
    public string RootDirectory { get; } = Path.GetFullPath(rootDirectory);

    public async ValueTask<DicomStatus> OnCStoreAsync(CStoreRequestContext request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        DicomDataset dataset;
        try
        {
            dataset = DicomFile.Open(request.TemporaryFilePath, new DicomReadOptions { StopBeforePixelData = true }).Dataset;
        }
        catch (DicomException)
        {
            return DicomStatus.CannotUnderstand;
        }

        if (dataset.GetStringOrDefault(DicomTag.SOPClassUID) != request.SopClassUid
            || dataset.GetStringOrDefault(DicomTag.SOPInstanceUID) != request.SopInstanceUid)
        {
            return DicomStatus.DataSetDoesNotMatchSopClass;
        }

        var study = dataset.GetStringOrDefault(DicomTag.StudyInstanceUID);
        var series = dataset.GetStringOrDefault(DicomTag.SeriesInstanceUID);
        if (!UidPath.IsValid(study) || !UidPath.IsValid(series) || !UidPath.IsValid(request.SopInstanceUid))
        {
            return DicomStatus.CannotUnderstand;
        }

        var folder = Path.Combine(RootDirectory, study!, series!);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, request.SopInstanceUid + ".dcm");
        File.Move(request.TemporaryFilePath, target, overwrite: true);
        DirectorySync.Flush(folder);
        if (onStored is not null)
        {
            await onStored(
                new StoredInstance(target, study!, series!, request.SopInstanceUid, request.SopClassUid, request.TransferSyntaxUid, request.Association.CallingAe, request.Association.AssociationId),
                cancellationToken).ConfigureAwait(false);
        }

        return DicomStatus.Success;
    }
}
