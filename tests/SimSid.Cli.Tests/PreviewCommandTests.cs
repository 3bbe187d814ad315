using SimSid.Imaging;
using SimSid.Testing;

namespace SimSid.Cli.Tests;

public sealed class PreviewCommandTests
{
    private static readonly string Simsid = Path.Combine(AppContext.BaseDirectory, "simsid.dll");

    [Fact]
    public void Preview_DefaultSize_Writes128PngWithMonochrome1Inverted()
    {
        using var temp = new TempDirectory("cli-preview");
        var input = CliFixtures.CreateCr(temp, "c");
        var png = temp.Combine("c.png");

        var result = ExternalTool.Run("dotnet", Simsid, "preview", input, "--out", png);

        Assert.True(result.ExitCode == 0, result.Combined);
        var image = ImageFile.Load(png);
        Assert.Equal(128, image.Width);
        Assert.Equal(128, image.Height);

        // MONOCHROME1: the low stored values (left half) are displayed white, the high ones black.
        Assert.Equal(1f, image[10, 64], 2);
        Assert.Equal(0f, image[117, 64], 2);
    }

    [Fact]
    public void Preview_SizeOption_ResizesToSquare()
    {
        using var temp = new TempDirectory("cli-preview-size");
        var input = CliFixtures.CreateCr(temp, "d");
        var png = temp.Combine("d.png");

        var result = ExternalTool.Run("dotnet", Simsid, "preview", input, "--out", png, "--size", "32");

        Assert.True(result.ExitCode == 0, result.Combined);
        var image = ImageFile.Load(png);
        Assert.Equal(32, image.Width);
        Assert.Equal(32, image.Height);
    }

    [Fact]
    public void Preview_NotDicom_FailsWithOneLineAndWritesNothing()
    {
        using var temp = new TempDirectory("cli-preview-bad");
        var input = temp.Combine("junk.dcm");
        File.WriteAllBytes(input, [.. Enumerable.Repeat((byte)7, 500)]);
        var png = temp.Combine("junk.png");

        var result = ExternalTool.Run("dotnet", Simsid, "preview", input, "--out", png);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("junk.dcm", Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(File.Exists(png));
    }

    [SharedDataFact]
    public void Preview_JpegTwoThousand_FailsNamingTheTransferSyntax()
    {
        using var temp = new TempDirectory("cli-preview-j2k");
        var png = temp.Combine("j2k.png");

        var result = ExternalTool.Run("dotnet", Simsid, "preview", SharedData.Path("dicom", "RG1_J2KI.dcm"), "--out", png);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("1.2.840.10008.1.2.4.91", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(File.Exists(png));
    }

    [SharedDataFact]
    public void Preview_SiimJpegBaseline_WritesImage()
    {
        using var temp = new TempDirectory("cli-preview-siim");
        var png = temp.Combine("siim.png");

        var result = ExternalTool.Run("dotnet", Simsid, "preview", SharedData.Path("dicom", "siim_6904_no_pneumothorax.dcm"), "--out", png);

        Assert.True(result.ExitCode == 0, result.Combined);
        Assert.Equal(128, ImageFile.Load(png).Width);
    }
}
