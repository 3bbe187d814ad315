namespace SimSid.Dicom.Network.Dimse;

/// <summary>The category of a DIMSE status (PS3.7 Annex C).</summary>
public enum DicomStatusState
{
    Success,
    Warning,
    Failure,
    Cancel,
    Pending,
}
