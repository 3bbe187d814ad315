using SimSid.Model.Data;

namespace SimSid.Retrain.Selection;

/// <summary>
/// Every PNG/JPEG/DICOM image under a folder as an unlabelled archived instance (class folders are ignored: retraining
/// data is unlabelled). Each file is its own study; its relative path stands in for the UIDs, modality and view are
/// unknown and the file's last write time is the received time.
/// </summary>
public sealed class ImageFolderSource(string root) : IArchivedInstanceSource
{
    public IEnumerable<ArchivedInstance> Received(DateTimeOffset fromUtc, DateTimeOffset toUtc) =>
        ImageFolderScanner.Scan(root)
            .Select(i => (i.Path, Id: "file:" + Path.GetRelativePath(root, i.Path).Replace('\\', '/')))
            .Select(f => new ArchivedInstance(f.Id, f.Id, f.Path, null, null, File.GetLastWriteTimeUtc(f.Path)))
            .Where(i => i.ReceivedUtc >= fromUtc && i.ReceivedUtc < toUtc);
}
