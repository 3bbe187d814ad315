namespace SimSid.Dicom.Network.Pdu;

/// <summary>
/// One presentation data value item of a P-DATA-TF (PS3.8 §9.3.5.1, message control header in Annex E.2).
/// When read by <see cref="PduReader"/>, <see cref="Data"/> is valid only until the next read.
/// </summary>
public readonly record struct PresentationDataValue(byte PresentationContextId, bool IsCommand, bool IsLastFragment, ReadOnlyMemory<byte> Data)
{
    internal byte MessageControlHeader => (byte)((IsCommand ? 1 : 0) | (IsLastFragment ? 2 : 0));
}
