namespace SimSid.Dicom.Network.Pdu;

/// <summary>The acceptor's answer to one presentation context (PS3.8 §9.3.3.2).</summary>
public sealed record PresentationContextResult(byte Id, PresentationContextResultReason Result, string TransferSyntax)
{
    public bool IsAccepted => Result == PresentationContextResultReason.Acceptance;
}
