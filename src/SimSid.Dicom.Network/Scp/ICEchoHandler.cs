using SimSid.Dicom.Network.Dimse;

namespace SimSid.Dicom.Network.Scp;

/// <summary>Answers C-ECHO requests.</summary>
public interface ICEchoHandler
{
    ValueTask<DicomStatus> OnCEchoAsync(DicomAssociationInfo association, CancellationToken cancellationToken);
}
