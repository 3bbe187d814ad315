using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network;

/// <summary>The association ended by an A-ABORT (received from the peer or sent locally) or by a lost connection.</summary>
public sealed class DicomAssociationAbortedException : DicomNetworkException
{
    public DicomAssociationAbortedException()
    {
    }

    public DicomAssociationAbortedException(string message)
        : base(message)
    {
    }

    public DicomAssociationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomAssociationAbortedException(AbortSource source, AbortReason reason)
        : base($"Association aborted: source {(byte)source}, reason {(byte)reason}.")
    {
        AbortSource = source;
        Reason = reason;
    }

    public AbortSource AbortSource { get; }

    public AbortReason Reason { get; }
}
