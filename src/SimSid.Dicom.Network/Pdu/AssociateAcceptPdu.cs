namespace SimSid.Dicom.Network.Pdu;

/// <summary>A-ASSOCIATE-AC (PS3.8 §9.3.3). The AE fields echo the request's values.</summary>
public sealed class AssociateAcceptPdu : ProtocolDataUnit
{
    public override PduType Type => PduType.AssociateAccept;

    public ushort ProtocolVersion { get; set; } = 1;

    public string CalledAe { get; set; } = string.Empty;

    public string CallingAe { get; set; } = string.Empty;

    public string ApplicationContext { get; set; } = DicomNetworkUids.ApplicationContext;

    public IList<PresentationContextResult> PresentationContexts { get; } = [];

    public UserInformation UserInformation { get; set; } = new();
}
