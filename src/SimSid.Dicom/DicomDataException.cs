namespace SimSid.Dicom;

/// <summary>A missing or invalid attribute in an otherwise well-formed dataset.</summary>
public sealed class DicomDataException : DicomException
{
    public DicomDataException()
    {
    }

    public DicomDataException(string message)
        : base(message)
    {
    }

    public DicomDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public DicomDataException(DicomTag tag, string message, Exception? innerException = null)
        : base($"{message} (tag {tag})", innerException)
    {
        Tag = tag;
    }

    /// <summary>The attribute concerned.</summary>
    public DicomTag Tag { get; }
}
