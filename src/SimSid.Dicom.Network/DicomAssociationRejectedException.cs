using SimSid.Dicom.Network.Pdu;

namespace SimSid.Dicom.Network;

/// <summary>The peer answered an A-ASSOCIATE-RQ with an A-ASSOCIATE-RJ.</summary>
public sealed class DicomAssociationRejectedException : DicomNetworkException
{
    public DicomAssociationRejectedException()
    {
    }

    public DicomAssociationRejectedException(string message)
        : base(message)
    {
    }

    public DicomAssociationRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DicomAssociationRejectedException(AssociateRejectPdu reject)
        : base($"Association rejected: result {(byte)reject.Result}, source {(byte)reject.Source}, reason {reject.Reason}.")
    {
        Result = reject.Result;
        RejectSource = reject.Source;
        Reason = reject.Reason;
    }

    public RejectResult Result { get; }

    public RejectSource RejectSource { get; }

    public byte Reason { get; }
}
