namespace SimSid.Dicom.Network.Scp;

/// <summary>Creates the handlers for each accepted association.</summary>
public interface IDicomScpHandlerFactory
{
    DicomScpHandlers Create(DicomAssociationInfo association);
}
