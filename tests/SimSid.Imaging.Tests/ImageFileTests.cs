using SimSid.Testing;

namespace SimSid.Imaging.Tests;

public sealed class ImageFileTests
{
    [Fact]
    public void Load_NotAnImage_ThrowsInvalidDataNamingFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("junk.png");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9]);

        var ex = Assert.Throws<InvalidDataException>(() => ImageFile.Load(path));

        Assert.Contains("junk.png", ex.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Load_ShenzhenPng_GivesGreyImageInUnitRange()
    {
        var path = SharedData.Path("shenzhen-normal", "CHNCXR_0001_0.png");

        var image = ImageFile.Load(path);

        Assert.True(image.Width > 500 && image.Height > 500);
        Assert.All(image.Pixels, v => Assert.InRange(v, 0f, 1f));
        Assert.True(image.Pixels.Max() - image.Pixels.Min() > 0.5f, "a radiograph has real contrast");
    }

    [SharedDataFact]
    public void Load_ZhangLabJpeg_Gives224Square()
    {
        var folder = SharedData.Path("zhanglab-224", "train", "NORMAL");
        var first = Directory.EnumerateFiles(folder, "*.jp*g").Order(StringComparer.Ordinal).First();

        var image = ImageFile.Load(first);

        Assert.Equal(224, image.Width);
        Assert.Equal(224, image.Height);
    }
}
