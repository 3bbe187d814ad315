using SimSid.Model.Data;
using SimSid.Testing;

namespace SimSid.Model.Tests;

public sealed class ImageFolderScannerTests
{
    [Fact]
    public void Scan_ClassFolders_LabelsNormalAnyCaseAndEverythingElseAbnormal()
    {
        using var temp = new TempDirectory("simsid-scan");
        foreach (var file in new[] { "Normal/a.png", "NORMAL/b.jpeg", "PNEUMONIA/c.jpg", "ABNORMAL/d.dcm", "NORMAL/notes.txt" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temp.Combine(file))!);
            File.WriteAllText(temp.Combine(file), "");
        }

        var images = ImageFolderScanner.Scan(temp.Path);

        Assert.Equal(4, images.Count);
        Assert.Equal(2, images.Count(i => !i.IsAbnormal));
        Assert.False(ImageFolderScanner.Scan(temp.Combine("NORMAL")).Single().IsAbnormal);
    }

    [Fact]
    public void SelectTraining_ThirtyPercentContamination_KeepsSizeAndMixesAbnormal()
    {
        var images = Enumerable.Range(0, 100).Select(i => new LabelledImage($"/n/NORMAL/{i:D3}.png", false))
            .Concat(Enumerable.Range(0, 100).Select(i => new LabelledImage($"/n/PNEUMONIA/{i:D3}.png", true)))
            .ToList();

        var selected = ImageFolderScanner.SelectTraining(images, 0.3, seed: 1);

        Assert.Equal(100, selected.Count);
        Assert.Equal(30, selected.Count(i => i.IsAbnormal));
        Assert.Equal(100, ImageFolderScanner.SelectTraining(images, 0, 1).Count(i => !i.IsAbnormal));
    }

    [Fact]
    public void SelectTraining_NoNormalImages_ThrowsClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => ImageFolderScanner.SelectTraining([new LabelledImage("/x/PNEUMONIA/a.png", true)], 0, 1));

        Assert.Contains("NORMAL", error.Message, StringComparison.Ordinal);
    }
}
