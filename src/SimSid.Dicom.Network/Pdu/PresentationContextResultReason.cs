namespace SimSid.Dicom.Network.Pdu;

/// <summary>Result/reason of a presentation context in an A-ASSOCIATE-AC (PS3.8 §9.3.3.2).</summary>
public enum PresentationContextResultReason : byte
{
    Acceptance = 0,
    UserRejection = 1,
    NoReason = 2,
    AbstractSyntaxNotSupported = 3,
    TransferSyntaxesNotSupported = 4,
}
