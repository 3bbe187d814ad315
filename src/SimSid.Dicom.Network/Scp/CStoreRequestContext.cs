namespace SimSid.Dicom.Network.Scp;

/// <summary>One received C-STORE request whose data set is already on disk as a Part 10 file.</summary>
public sealed record CStoreRequestContext(
    DicomAssociationInfo Association,
    ushort MessageId,
    string SopClassUid,
    string SopInstanceUid,
    string TransferSyntaxUid,
    string TemporaryFilePath,
    long FileLength);
