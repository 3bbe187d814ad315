using System.Globalization;

namespace SimSid.Dicom;

/// <summary>Malformed encoded data: truncation, impossible lengths, bad headers. Names the byte offset and tag.</summary>
public sealed class DicomFormatException : DicomException
{
    public DicomFormatException()
    {
    }

    public DicomFormatException(string message)
        : base(message)
    {
    }

    public DicomFormatException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public DicomFormatException(string message, long offset, DicomTag? tag, Exception? innerException = null)
        : base(Describe(message, offset, tag), innerException)
    {
        Offset = offset;
        Tag = tag;
    }

    /// <summary>The byte offset (from the start of the parsed buffer or file) where the problem was found.</summary>
    public long Offset { get; }

    /// <summary>The tag of the element being read, when known.</summary>
    public DicomTag? Tag { get; }

    private static string Describe(string message, long offset, DicomTag? tag) => tag is { } t
        ? string.Create(CultureInfo.InvariantCulture, $"{message} (tag {t}, offset {offset})")
        : string.Create(CultureInfo.InvariantCulture, $"{message} (offset {offset})");
}
