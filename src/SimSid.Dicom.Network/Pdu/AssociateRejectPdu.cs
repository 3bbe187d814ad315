namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RJ (PS3.8 §9.3.4); <see cref="Reason"/> values are in <see cref="RejectReasons"/>.</summary>
public sealed class AssociateRejectPdu(RejectResult result, RejectSource source, byte reason) : ProtocolDataUnit
{
    public override PduType Type => PduType.AssociateReject;

    public RejectResult Result { get; } = result;

    public RejectSource Source { get; } = source;

    public byte Reason { get; } = reason;

    public override string ToString() => $"A-ASSOCIATE-RJ result={(byte)Result} source={(byte)Source} reason={Reason}";
}
