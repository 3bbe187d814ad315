namespace SimSid.Dicom.Network.Pdu;

/// <summary>A proposed presentation context (PS3.8 §9.3.2.2): an odd id, one abstract syntax, transfer syntaxes in preference order.</summary>
public sealed record PresentationContext(byte Id, string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);
