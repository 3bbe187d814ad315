using SimSid.Dicom;

namespace SimSid.Gateway.Archive;

/// <summary>
/// The durable archive: instances at <c>root/&lt;study&gt;/&lt;series&gt;/&lt;sop&gt;.dcm</c>, reports at
/// <c>root/reports/&lt;study&gt;/&lt;sr&gt;.dcm</c>. Files arrive fsynced and are moved in by atomic rename, then the folder
/// entry is synced; UIDs are validated before they become path segments, and every path must stay under the root.
/// </summary>
public sealed class InstanceArchive
{
    public const string ReportsFolder = "reports";

    public InstanceArchive(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        RootDirectory = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(RootDirectory);
    }

    public string RootDirectory { get; }

    /// <summary>Where an instance is (or would be) archived.</summary>
    public string InstancePath(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid) =>
        Contained(Path.Combine(RootDirectory, Segment(studyInstanceUid, "Study Instance UID"), Segment(seriesInstanceUid, "Series Instance UID"), Segment(sopInstanceUid, "SOP Instance UID") + ".dcm"));

    /// <summary>Where a report of a study is written.</summary>
    public string ReportPath(string studyInstanceUid, string reportSopInstanceUid) =>
        Contained(Path.Combine(RootDirectory, ReportsFolder, Segment(studyInstanceUid, "Study Instance UID"), Segment(reportSopInstanceUid, "SR SOP Instance UID") + ".dcm"));

    /// <summary>Moves a complete, fsynced Part 10 file into the archive (replacing an earlier copy) and syncs the folder.</summary>
    public string Store(string completeFile, string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid)
    {
        var target = InstancePath(studyInstanceUid, seriesInstanceUid, sopInstanceUid);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        File.Move(completeFile, target, overwrite: true);
        FolderSync.Flush(folder);
        return target;
    }

    /// <summary>Writes a report file durably (temp + fsync + rename, by <see cref="DicomFile.Save(string)"/>).</summary>
    public string SaveReport(DicomFile report, string studyInstanceUid, string reportSopInstanceUid)
    {
        ArgumentNullException.ThrowIfNull(report);
        var target = ReportPath(studyInstanceUid, reportSopInstanceUid);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        report.Save(target);
        FolderSync.Flush(folder);
        return target;
    }

    /// <summary>True when <paramref name="path"/> lies inside the archive (messages carry paths: never trust one blindly).</summary>
    public bool Contains(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(RootDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string Segment(string uid, string what) =>
        DicomUid.IsValid(uid) ? uid : throw new ArchivePathException($"{what} '{uid}' is not a valid UID; refusing to build an archive path from it.");

    private string Contained(string path)
    {
        var full = Path.GetFullPath(path);
        return Contains(full) ? full : throw new ArchivePathException($"'{path}' would lie outside the archive {RootDirectory}.");
    }
}
