using SimSid.Dicom.Network.Dimse;

namespace SimSid.Dicom.Network.Scu;

/// <summary>The peer's answer to one C-STORE.</summary>
public sealed record CStoreResult(string SopInstanceUid, DicomStatus Status, string? ErrorComment, string TransferSyntaxUid);
