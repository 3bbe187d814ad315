namespace SimSid.Dicom.Network.Pdu;

/// <summary>A malformed, unexpected or oversized PDU; <see cref="Reason"/> is the A-ABORT diagnostic to send.</summary>
public sealed class DicomPduException : DicomNetworkException
{
    public DicomPduException()
    {
    }

    public DicomPduException(string message)
        : base(message)
    {
    }

    public DicomPduException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomPduException(AbortReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    public AbortReason Reason { get; } = AbortReason.InvalidPduParameterValue;
}
