namespace SimSid.Dicom;

/// <summary>
/// Internal signal: a parse of a file prefix ran past the bytes read so far. Never escapes the library: the
/// file reader catches it and reads more of the file.
/// </summary>
internal sealed class DicomNeedMoreDataException : Exception
{
    public DicomNeedMoreDataException()
    {
    }

    public DicomNeedMoreDataException(string message)
        : base(message)
    {
    }

    public DicomNeedMoreDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
