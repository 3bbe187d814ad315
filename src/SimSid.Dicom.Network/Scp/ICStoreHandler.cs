using SimSid.Dicom.Network.Dimse;

namespace SimSid.Dicom.Network.Scp;

/// <summary>
/// Takes a received instance. The instance is a complete, fsynced Part 10 file at
/// <see cref="CStoreRequestContext.TemporaryFilePath"/>; a handler returning success must have moved it durably
/// into place (atomic rename). Whatever is left at that path afterwards is deleted.
/// </summary>
public interface ICStoreHandler
{
    ValueTask<DicomStatus> OnCStoreAsync(CStoreRequestContext request, CancellationToken cancellationToken);
}
