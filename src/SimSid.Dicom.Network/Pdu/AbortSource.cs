namespace SimSid.Dicom.Network.Pdu;

/// <summary>Who initiated an A-ABORT (PS3.8 §9.3.8).</summary>
public enum AbortSource : byte
{
    ServiceUser = 0,
    Reserved = 1,
    ServiceProvider = 2,
}
