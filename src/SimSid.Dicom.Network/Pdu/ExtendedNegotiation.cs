namespace SimSid.Dicom.Network.Pdu;

/// <summary>SOP class extended negotiation sub-item (PS3.7 §D.3.3.5), kept raw; this implementation never answers it.</summary>
public sealed record ExtendedNegotiation(string SopClassUid, ReadOnlyMemory<byte> ApplicationInformation);
