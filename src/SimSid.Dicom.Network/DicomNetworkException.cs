namespace SimSid.Dicom.Network;

/// <summary>A failure of the DICOM upper layer or of a DIMSE exchange.</summary>
public class DicomNetworkException : Exception
{
    public DicomNetworkException()
    {
    }

    public DicomNetworkException(string message)
        : base(message)
    {
    }

    public DicomNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
