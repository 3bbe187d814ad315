namespace SimSid.Dicom.Network.Pdu;

/// <summary>P-DATA-TF (PS3.8 §9.3.5): one or more presentation data values.</summary>
public sealed class PDataTransferPdu(IReadOnlyList<PresentationDataValue> values) : ProtocolDataUnit
{
    public override PduType Type => PduType.PDataTransfer;

    public IReadOnlyList<PresentationDataValue> Values { get; } = values;
}
