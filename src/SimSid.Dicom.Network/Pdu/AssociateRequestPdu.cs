namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-RQ (PS3.8 §9.3.2).</summary>
public sealed class AssociateRequestPdu : ProtocolDataUnit
{
    public override PduType Type => PduType.AssociateRequest;

    public ushort ProtocolVersion { get; set; } = 1;

    public string CalledAe { get; set; } = "ANY-SCP";

    public string CallingAe { get; set; } = "ANY-SCU";

    public string ApplicationContext { get; set; } = DicomNetworkUids.ApplicationContext;

    public IList<PresentationContext> PresentationContexts { get; } = [];

    public UserInformation UserInformation { get; set; } = new();
}
