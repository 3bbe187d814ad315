namespace SimSid.Dicom.Network.Scp;

/// <summary>An instance durably stored by <see cref="StudyFolderStoreHandler"/>.</summary>
public sealed record StoredInstance(
    string Path,
    string StudyInstanceUid,
    string SeriesInstanceUid,
    string SopInstanceUid,
    string SopClassUid,
    string TransferSyntaxUid,
    string CallingAe,
    long AssociationId);
