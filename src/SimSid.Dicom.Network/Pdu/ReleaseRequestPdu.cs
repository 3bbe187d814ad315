namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-RELEASE-RQ (PS3.8 §9.3.6).</summary>
public sealed class ReleaseRequestPdu : ProtocolDataUnit
{
    public static readonly ReleaseRequestPdu Instance = new();

    public override PduType Type => PduType.ReleaseRequest;
}
