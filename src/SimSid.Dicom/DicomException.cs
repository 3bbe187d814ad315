namespace SimSid.Dicom;

/// <summary>The base of every error the DICOM library raises on bad input or unsupported content.</summary>
public class DicomException : Exception
{
    public DicomException()
    {
    }

    public DicomException(string message)
        : base(message)
    {
    }

    public DicomException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
