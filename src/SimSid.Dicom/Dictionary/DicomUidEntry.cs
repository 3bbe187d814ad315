namespace SimSid.Dicom;

/// <summary>One registered UID: PS3.6 Table A-1, plus the PS3.16 coding schemes that SR documents use.</summary>
/// <param name="Uid">The UID value.</param>
/// <param name="Keyword">The PS3.6 keyword, also the name of the <see cref="DicomUid"/> constant.</param>
/// <param name="Name">The registered name, e.g. "Computed Radiography Image Storage".</param>
/// <param name="Type">The registered type: "SOP Class", "Transfer Syntax", "Coding Scheme", ...</param>
/// <param name="IsRetired">True when PS3.6 marks the UID retired.</param>
internal sealed record DicomUidEntry(string Uid, string Keyword, string Name, string Type, bool IsRetired)
{
    public bool IsTransferSyntax => Type == "Transfer Syntax";

    /// <summary>
    /// True for SOP Classes of the Storage Service Class (PS3.4 Annex B) and its retired members: their
    /// registered names say "Storage"; Storage Commitment and the Media Storage Directory are other services.
    /// </summary>
    public bool IsStorageSopClass =>
        Type == "SOP Class"
        && Name.Contains("Storage", StringComparison.Ordinal)
        && !Name.StartsWith("Storage Commitment", StringComparison.Ordinal)
        && Uid != DicomUid.MediaStorageDirectoryStorage;
}
