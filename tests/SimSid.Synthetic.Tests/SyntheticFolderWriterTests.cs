using System.Globalization;
using SimSid.Dicom;
using SimSid.Imaging;
using SimSid.Testing;

namespace SimSid.Synthetic.Tests;

public sealed class SyntheticFolderWriterTests
{
    [Fact]
    public void Write_Dicom_EveryFilePassesDciodvfy()
    {
        using var dir = new TempDirectory("synth-dciodvfy");

        var files = SyntheticFolderWriter.Write(dir.Path, new SyntheticFolderOptions { Count = 8, Size = 64, Seed = 2 });

        Assert.Equal(8, files.Count);
        foreach (var file in files)
        {
            var result = ExternalTool.Run("dciodvfy", file.Path);
            Assert.True(result.ExitCode == 0, $"{file.Case.Anomaly} {file.Path}:\n{result.Combined}");
            Assert.Contains("CRImage", result.Combined, StringComparison.Ordinal);
            Assert.DoesNotContain("Error", result.Combined, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_Dicom_DcmdumpReadsOurKeyValues()
    {
        using var dir = new TempDirectory("synth-dcmdump");
        var files = SyntheticFolderWriter.Write(dir.Path, new SyntheticFolderOptions { Count = 3, Size = 40, Seed = 6 });

        foreach (var file in files)
        {
            var ours = DicomFile.Open(file.Path).Dataset;
            var dump = ExternalTool.RunChecked(
                "dcmdump", "+P", "Rows", "+P", "Columns", "+P", "SOPInstanceUID", "+P", "ViewPosition", "+P", "StudyInstanceUID", file.Path)
                .StandardOutput;

            Assert.Equal("40", DumpValue(dump, "(0028,0010)"));
            Assert.Equal("40", DumpValue(dump, "(0028,0011)"));
            Assert.Equal(ours.GetString(DicomTag.SOPInstanceUID), DumpValue(dump, "(0008,0018)"));
            Assert.Equal(ours.GetString(DicomTag.StudyInstanceUID), DumpValue(dump, "(0020,000d)"));
            Assert.Equal("PA", DumpValue(dump, "(0018,5101)"));
        }
    }

    [Fact]
    public void Write_SameOptionsTwice_WritesByteIdenticalFiles()
    {
        using var first = new TempDirectory("synth-a");
        using var second = new TempDirectory("synth-b");
        var options = new SyntheticFolderOptions { Count = 4, Size = 48, Seed = 8 };

        var a = SyntheticFolderWriter.Write(first.Path, options);
        var b = SyntheticFolderWriter.Write(second.Path, options);

        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(Path.GetRelativePath(first.Path, a[i].Path), Path.GetRelativePath(second.Path, b[i].Path));
            Assert.Equal(File.ReadAllBytes(a[i].Path), File.ReadAllBytes(b[i].Path));
        }
    }

    [Fact]
    public void Write_Png_PutsEachCaseInItsLabelFolderUnderAStableName()
    {
        using var dir = new TempDirectory("synth-png");
        var options = new SyntheticFolderOptions { Count = 6, Size = 32, Format = SyntheticImageFormat.Png, AbnormalFraction = 0.5 };

        var files = SyntheticFolderWriter.Write(dir.Path, options);

        var generator = new ChestPhantomGenerator(options.Seed, options.AbnormalFraction);
        for (var index = 0; index < 6; index++)
        {
            var label = generator.Describe(index).Label;
            var expected = Path.Combine(dir.Path, label, string.Create(CultureInfo.InvariantCulture, $"chest-{index:D5}.png"));
            Assert.Equal(expected, files[index].Path);
            var image = ImageFile.Load(expected);
            Assert.Equal(32, image.Width);
        }

        Assert.Equal(3, Directory.GetFiles(Path.Combine(dir.Path, "NORMAL")).Length);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(dir.Path, "ABNORMAL")).Length);
    }

    private static string DumpValue(string dump, string tag)
    {
        var line = dump.Split('\n').Single(l => l.StartsWith(tag, StringComparison.OrdinalIgnoreCase));
        var value = line[(tag.Length + 4)..].Split('#')[0].Trim();
        return value.TrimStart('[').TrimEnd(']');
    }

    [Fact]
    public void Write_WithFindingExtent_SameCasesAndNormalsButFindingsReachFurther()
    {
        using var dir = new TempDirectory("synth-extent");
        var options = new SyntheticFolderOptions { Count = 12, Size = 64, Seed = 4, Format = SyntheticImageFormat.Png };

        var usual = SyntheticFolderWriter.Write(dir.Combine("usual"), options);
        var wider = SyntheticFolderWriter.Write(dir.Combine("wider"), options with { FindingExtent = 2.5 });

        Assert.Equal(usual.Select(f => f.Case.Anomaly), wider.Select(f => f.Case.Anomaly));
        var pairs = usual.Zip(wider).ToList();
        Assert.All(pairs.Where(p => !p.First.Case.IsAbnormal), p => Assert.Equal(File.ReadAllBytes(p.First.Path), File.ReadAllBytes(p.Second.Path)));
        var abnormal = pairs.Where(p => p.First.Case.IsAbnormal).ToList();
        Assert.NotEmpty(abnormal);
        Assert.All(abnormal, p => Assert.True(Area(p.Second.AnomalyRegion) >= Area(p.First.AnomalyRegion), $"{p.First.Case.Anomaly}: {p.First.AnomalyRegion} -> {p.Second.AnomalyRegion}"));
        Assert.Contains(abnormal, p => Area(p.Second.AnomalyRegion) > Area(p.First.AnomalyRegion));
    }

    private static long Area(PixelRegion? region) => region is { } r ? (long)r.Width * r.Height : 0;
}
