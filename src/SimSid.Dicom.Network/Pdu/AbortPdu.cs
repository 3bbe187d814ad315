namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-ABORT (PS3.8 §9.3.8).</summary>
public sealed class AbortPdu(AbortSource source, AbortReason reason) : ProtocolDataUnit
{
    public override PduType Type => PduType.Abort;

    public AbortSource Source { get; } = source;

    public AbortReason Reason { get; } = reason;

    public override string ToString() => $"A-ABORT source={Source} reason={Reason}";
}
