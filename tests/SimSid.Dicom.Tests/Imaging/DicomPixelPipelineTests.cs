using SimSid.Dicom.Imaging;

namespace SimSid.Dicom.Tests.Imaging;

public sealed class DicomPixelPipelineTests
{
    [Fact]
    public void ToGrayImage_Monochrome2WithWindow_MapsThroughLinearWindow()
    {
        // c = 2048, w = 4096 LINEAR: x <= 0 -> 0; 2048 -> (0.5 / 4095) + 0.5; 4095 -> (2047.5 / 4095) + 0.5 = 1.
        var ds = SyntheticImage.Words(3, 1, [0, 2048, 4095], bitsStored: 12).WithWindow(2048, 4096);

        var image = DicomPixelPipeline.ToGrayImage(ds, size: null);

        Assert.Equal(0f, image.Pixels[0]);
        Assert.Equal(0.500122f, image.Pixels[1], 5);
        Assert.Equal(1f, image.Pixels[2], 6);
    }

    [Fact]
    public void ToGrayImage_Monochrome1_IsInverseOfMonochrome2()
    {
        ushort[] values = [0, 100, 900, 1000, 400, 50];
        var mono2 = DicomPixelPipeline.ToGrayImage(SyntheticImage.Words(3, 2, values).WithWindow(500, 1000), null);
        var mono1 = DicomPixelPipeline.ToGrayImage(SyntheticImage.Words(3, 2, values, photometric: "MONOCHROME1").WithWindow(500, 1000), null);

        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(1f - mono2.Pixels[i], mono1.Pixels[i], 6);
        }

        Assert.True(mono1.Pixels[0] > mono1.Pixels[3], "MONOCHROME1: the lowest value is displayed brightest");
    }

    [Fact]
    public void ToGrayImage_RescaleApplied_BeforeWindow()
    {
        // Stored 0..2 with slope 1000, intercept -1000 gives -1000, 0, 1000 (HU-like); window c=0 w=2001 exact.
        var ds = SyntheticImage.Words(3, 1, [0, 1, 2]).WithRescale(1000, -1000).WithWindow(0, 2000, "LINEAR_EXACT");

        var image = DicomPixelPipeline.ToGrayImage(ds, null);

        Assert.Equal(new[] { 0f, 0.5f, 1f }, image.Pixels);
    }

    [Fact]
    public void ToGrayImage_SignedWithWindow_UsesNegativeValues()
    {
        var ds = SyntheticImage.Words(3, 1, [0xFC18, 0x0000, 0x03E8], signed: true).WithWindow(0, 2000, "LINEAR_EXACT");

        var image = DicomPixelPipeline.ToGrayImage(ds, null);

        Assert.Equal(new[] { 0f, 0.5f, 1f }, image.Pixels);
    }

    [Fact]
    public void ToGrayImage_NoWindow_UsesPercentilesSoOutliersDoNotFlattenContrast()
    {
        // A ramp 0..999 plus one hot pixel at 60000: a min/max window would squash the ramp into [0, 0.017].
        var values = Enumerable.Range(0, 999).Select(i => (ushort)i).Append((ushort)60000).ToArray();
        var ds = SyntheticImage.Words(1000, 1, values);

        var image = DicomPixelPipeline.ToGrayImage(ds, null);

        // Nearest-rank 0.5 % of 1000 values is the 5th smallest (4); 99.5 % the 995th (994).
        Assert.Equal(0f, image.Pixels[4]);
        Assert.Equal(1f, image.Pixels[994]);
        Assert.Equal(1f, image.Pixels[999]);
        Assert.Equal(495f / 990f, image.Pixels[499], 5);
    }

    [Fact]
    public void ToGrayImage_NoWindowWithPadding_IgnoresPaddingValue()
    {
        // Half the image is padding at 0; without excluding it the low percentile would be 0.
        var values = Enumerable.Repeat((ushort)0, 500).Concat(Enumerable.Range(1000, 500).Select(i => (ushort)i)).ToArray();
        var ds = SyntheticImage.Words(1000, 1, values).AddOrUpdate(DicomTag.PixelPaddingValue, DicomVR.US, "0");

        var image = DicomPixelPipeline.ToGrayImage(ds, null);

        // Percentiles of 1000..1499 alone: 1002 (rank 3 of 500) and 1497 (rank 498).
        Assert.Equal(0f, image.Pixels[502]);
        Assert.Equal(1f, image.Pixels[997]);
        Assert.Equal(248f / 495f, image.Pixels[750], 5);
    }

    [Fact]
    public void ToGrayImage_FlatImage_GivesUniformOutput()
    {
        var ds = SyntheticImage.Words(4, 4, Enumerable.Repeat((ushort)7, 16).ToArray());

        var image = DicomPixelPipeline.ToGrayImage(ds, null);

        Assert.All(image.Pixels, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void ToGrayImage_WithSize_ResizesWholeImageToSquare()
    {
        var values = new ushort[40 * 20];
        for (var y = 0; y < 20; y++)
        {
            for (var x = 20; x < 40; x++)
            {
                values[(y * 40) + x] = 1000;
            }
        }

        var ds = SyntheticImage.Words(40, 20, values).WithWindow(500, 1000, "LINEAR_EXACT");

        var image = DicomPixelPipeline.ToGrayImage(ds, 8);

        Assert.Equal(8, image.Width);
        Assert.Equal(8, image.Height);
        Assert.Equal(0f, image[0, 4], 3);
        Assert.Equal(1f, image[7, 4], 3);
    }

    [Fact]
    public void ToGrayImage_EightBitNoWindow_SpansFullRange()
    {
        var samples = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var ds = SyntheticImage.Bytes(16, 16, samples);

        var image = DicomPixelPipeline.ToGrayImage(ds, null);

        Assert.Equal(0f, image.Pixels.Min());
        Assert.Equal(1f, image.Pixels.Max());
        Assert.All(image.Pixels, v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void ToGrayImage_NonPositiveSize_Throws()
    {
        var ds = SyntheticImage.Bytes(1, 1, [1]);

        Assert.Throws<ArgumentOutOfRangeException>(() => DicomPixelPipeline.ToGrayImage(ds, 0));
    }
}
