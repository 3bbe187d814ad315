namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RJ source (PS3.8 §9.3.4).</summary>
public enum RejectSource : byte
{
    ServiceUser = 1,
    ServiceProviderAcse = 2,
    ServiceProviderPresentation = 3,
}
