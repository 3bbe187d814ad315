using SimSid.Dicom.Network.Dimse;

namespace SimSid.Dicom.Network.Scp;

/// <summary>A C-ECHO handler that always answers Success.</summary>
public sealed class SuccessEchoHandler : ICEchoHandler
{
    public static readonly SuccessEchoHandler Instance = new();

    public ValueTask<DicomStatus> OnCEchoAsync(DicomAssociationInfo association, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DicomStatus.Success);
}
