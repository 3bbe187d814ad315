using SimSid.Gateway.Archive;
using SimSid.Testing;

namespace SimSid.Gateway.Tests;

public sealed class InstanceArchiveTests
{
    [Fact]
    public void Store_CompleteFile_MovesItUnderStudyAndSeries()
    {
        using var temp = new TempDirectory();
        var archive = new InstanceArchive(temp.Combine("archive"));
        var incoming = temp.Combine("incoming.part");
        File.WriteAllBytes(incoming, [1, 2, 3]);

        var path = archive.Store(incoming, "1.2.3", "1.2.3.4", "1.2.3.4.5");

        Assert.Equal(Path.Combine(archive.RootDirectory, "1.2.3", "1.2.3.4", "1.2.3.4.5.dcm"), path);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.False(File.Exists(incoming));
    }

    [Fact]
    public void Store_SameInstanceAgain_ReplacesTheEarlierCopy()
    {
        using var temp = new TempDirectory();
        var archive = new InstanceArchive(temp.Combine("archive"));
        File.WriteAllBytes(temp.Combine("a"), [1]);
        File.WriteAllBytes(temp.Combine("b"), [2]);

        archive.Store(temp.Combine("a"), "1.2", "1.2.3", "1.2.3.4");
        var path = archive.Store(temp.Combine("b"), "1.2", "1.2.3", "1.2.3.4");

        Assert.Equal([2], File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../../etc")]
    [InlineData("1.2.x")]
    [InlineData("1.02.3")]
    [InlineData("")]
    [InlineData("/tmp/abs")]
    public void InstancePath_InvalidUid_ThrowsArchivePathException(string uid)
    {
        using var temp = new TempDirectory();
        var archive = new InstanceArchive(temp.Combine("archive"));

        Assert.Throws<ArchivePathException>(() => archive.InstancePath(uid, "1.2", "1.2.3"));
        Assert.Throws<ArchivePathException>(() => archive.InstancePath("1.2", "1.2", uid));
        Assert.Throws<ArchivePathException>(() => archive.ReportPath("1.2", uid));
    }

    [Fact]
    public void Contains_PathOutsideRoot_IsFalse()
    {
        using var temp = new TempDirectory();
        var archive = new InstanceArchive(temp.Combine("archive"));

        Assert.False(archive.Contains(temp.Combine("archive-other", "x.dcm")));
        Assert.False(archive.Contains(temp.Combine("archive", "..", "x.dcm")));
        Assert.True(archive.Contains(temp.Combine("archive", "1.2", "x.dcm")));
    }

    [Fact]
    public void SaveReport_Dataset_WritesReadablePart10File()
    {
        using var temp = new TempDirectory();
        var archive = new InstanceArchive(temp.Combine("archive"));
        var dataset = new SimSid.Dicom.DicomDataset();
        dataset.AddOrUpdate(SimSid.Dicom.DicomTag.SOPClassUID, SimSid.Dicom.DicomUid.ComprehensiveSRStorage);
        dataset.AddOrUpdate(SimSid.Dicom.DicomTag.SOPInstanceUID, "1.2.3.9");

        var path = archive.SaveReport(new SimSid.Dicom.DicomFile(dataset), "1.2.3", "1.2.3.9");

        Assert.StartsWith(Path.Combine(archive.RootDirectory, InstanceArchive.ReportsFolder), path, StringComparison.Ordinal);
        Assert.Equal("1.2.3.9", SimSid.Dicom.DicomFile.Open(path).Dataset.GetString(SimSid.Dicom.DicomTag.SOPInstanceUID));
        Assert.All(Directory.GetFiles(Path.GetDirectoryName(path)!), f => Assert.EndsWith(".dcm", f, StringComparison.Ordinal));
    }
}
