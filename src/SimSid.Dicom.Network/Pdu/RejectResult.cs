namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RJ result (PS3.8 §9.3.4).</summary>
public enum RejectResult : byte
{
    Permanent = 1,
    Transient = 2,
}
