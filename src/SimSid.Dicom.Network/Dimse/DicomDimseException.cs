namespace SimSid.Dicom.Network.Dimse;

/// <summary>A malformed or unexpected DIMSE message.</summary>
public sealed class DicomDimseException : DicomNetworkException
{
    public DicomDimseException()
    {
    }

    public DicomDimseException(string message)
        : base(message)
    {
    }

    public DicomDimseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
