using SimSid.Dicom.Imaging;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Imaging;

/// <summary>The pixel pipeline on the real radiographs in ../shared/data/dicom (skipped on a fresh clone).</summary>
public sealed class SharedRadiographTests
{
    [SharedDataFact]
    public void ToGrayImage_SiimJpegBaseline_Decodes1024Square()
    {
        var file = DicomFile.Open(SharedData.Path("dicom", "siim_6904_no_pneumothorax.dcm"));

        var image = DicomPixelPipeline.ToGrayImage(file, size: null);

        Assert.Equal(1024, image.Width);
        Assert.Equal(1024, image.Height);
        Assert.True(image.Pixels.Max() - image.Pixels.Min() > 0.9f, "the percentile window spreads a radiograph over the range");
    }

    [SharedDataFact]
    public void GetFrame_SiimJpegBaseline_WithinOneOfDcmdjpeg()
    {
        using var temp = new TempDirectory();
        var path = SharedData.Path("dicom", "siim_6904_no_pneumothorax.dcm");
        var decompressed = temp.Combine("siim.native.dcm");
        ExternalTool.RunChecked("dcmdjpeg", path, decompressed);

        var ours = DcmtkImage.ReadSamples(path);
        var dcmtk = DcmtkImage.ReadSamples(decompressed);

        Assert.Equal(1024 * 1024, ours.Length);
        var maxDifference = ours.Zip(dcmtk, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDifference <= 1, $"largest difference from dcmdjpeg is {maxDifference}");
    }

    [SharedDataFact]
    public void ToGrayImage_FakeMonochrome1_IsInverseOfMonochrome2()
    {
        var mono2 = DicomPixelPipeline.ToGrayImage(DicomFile.Open(SharedData.Path("dicom", "siim_6904_no_pneumothorax.dcm")), 128);
        var mono1 = DicomPixelPipeline.ToGrayImage(DicomFile.Open(SharedData.Path("dicom", "siim_6904_FAKE_MONOCHROME1_relabelled.dcm")), 128);

        for (var i = 0; i < mono2.Pixels.Length; i++)
        {
            Assert.Equal(1f - mono2.Pixels[i], mono1.Pixels[i], 1e-5f);
        }
    }

    [SharedDataFact]
    public void ToGrayImage_CrMonochrome1RawDataset_DecodesWithItsWindow()
    {
        var file = DicomFile.Open(SharedData.Path("dicom", "CR-MONO1-10-chest.dcm"));
        var samples = DicomPixelData.Create(file.Dataset, file.Meta.TransferSyntax).GetFrame(0);

        var image = DicomPixelPipeline.ToGrayImage(file, 128);

        Assert.Equal(440 * 440, samples.Length);
        Assert.All(samples, v => Assert.InRange(v, 0, 1023));
        Assert.Equal(128, image.Width);
        Assert.All(image.Pixels, v => Assert.InRange(v, 0f, 1f));

        // MONOCHROME1 with Window 550/1024: the displayed value is 1 - linear(stored), so the brightest
        // pixel on screen is the one with the lowest stored value.
        var full = DicomPixelPipeline.ToGrayImage(file, null);
        var darkest = Array.IndexOf(samples, samples.Max());
        var brightest = Array.IndexOf(samples, samples.Min());
        Assert.True(full.Pixels[brightest] > full.Pixels[darkest]);
        Assert.Equal(1.0 - new VoiWindow(550, 1024, VoiLutFunction.Linear).Apply(samples[1000]), full.Pixels[1000], 5);
    }

    [SharedDataFact]
    public void ToGrayImage_JpegTwoThousand_ThrowsUnsupportedNamingUid()
    {
        var file = DicomFile.Open(SharedData.Path("dicom", "RG1_J2KI.dcm"));

        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomPixelPipeline.ToGrayImage(file, 128));

        Assert.Equal("1.2.840.10008.1.2.4.91", ex.TransferSyntaxUid);
        Assert.Contains("unsupported transfer syntax 1.2.840.10008.1.2.4.91", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
