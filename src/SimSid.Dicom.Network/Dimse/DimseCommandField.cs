namespace SimSid.Dicom.Network.Dimse;

/// <summary>Values of (0000,0100) CommandField (PS3.7 §E.1) that this implementation speaks.</summary>
public enum DimseCommandField : ushort
{
    CStoreRequest = 0x0001,
    CStoreResponse = 0x8001,
    CEchoRequest = 0x0030,
    CEchoResponse = 0x8030,
}
