namespace SimSid.Contracts;

/// <summary>
/// One stored instance of a study, by reference (claim check): the message carries the archive path, never pixels.
/// </summary>
/// <param name="SopInstanceUid">SOP Instance UID.</param>
/// <param name="SopClassUid">SOP Class UID.</param>
/// <param name="SeriesInstanceUid">Series Instance UID.</param>
/// <param name="ArchivePath">Absolute path of the Part 10 file in the shared archive.</param>
public sealed record InstanceReference(string SopInstanceUid, string SopClassUid, string SeriesInstanceUid, string ArchivePath);
