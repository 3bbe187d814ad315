namespace SimSid.Dicom.Network.Pdu;

/// <summary>A protocol data unit of the DICOM upper layer (PS3.8 §9.3).</summary>
public abstract class ProtocolDataUnit
{
    /// <summary>The PDU type byte.</summary>
    public abstract PduType Type { get; }
}
