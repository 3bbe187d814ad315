namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-RELEASE-RP (PS3.8 §9.3.7).</summary>
public sealed class ReleaseResponsePdu : ProtocolDataUnit
{
    public static readonly ReleaseResponsePdu Instance = new();

    public override PduType Type => PduType.ReleaseResponse;
}
