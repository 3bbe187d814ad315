namespace SimSid.Dicom;

/// <summary>Content in a transfer syntax this library cannot read or decode.</summary>
public sealed class DicomUnsupportedTransferSyntaxException : DicomException
{
    public DicomUnsupportedTransferSyntaxException()
    {
        TransferSyntaxUid = string.Empty;
    }

    public DicomUnsupportedTransferSyntaxException(string message)
        : base(message)
    {
        TransferSyntaxUid = string.Empty;
    }

    public DicomUnsupportedTransferSyntaxException(string message, Exception? innerException)
        : base(message, innerException)
    {
        TransferSyntaxUid = string.Empty;
    }

    public DicomUnsupportedTransferSyntaxException(string transferSyntaxUid, string message, Exception? innerException = null)
        : base($"Unsupported transfer syntax {transferSyntaxUid}: {message}", innerException)
    {
        TransferSyntaxUid = transferSyntaxUid;
    }

    /// <summary>The transfer syntax UID that could not be handled.</summary>
    public string TransferSyntaxUid { get; }
}
