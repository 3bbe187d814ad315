using SimSid.Testing;

namespace SimSid.Dicom.Tests.Imaging;

/// <summary>Our JPEG decoding against dcmtk's (dcmcjpeg to compress, dcmdjpeg to decompress).</summary>
public sealed class DcmtkJpegInteropTests
{
    [Theory]
    [InlineData("1.2.840.10008.1.2.4.70", 12, new[] { "+e1" })]
    [InlineData("1.2.840.10008.1.2.4.70", 16, new[] { "+e1" })]
    [InlineData("1.2.840.10008.1.2.4.70", 8, new[] { "+e1" })]
    [InlineData("1.2.840.10008.1.2.4.57", 12, new[] { "+el", "+sv", "6" })]
    [InlineData("1.2.840.10008.1.2.4.57", 16, new[] { "+el", "+sv", "4" })]
    [InlineData("1.2.840.10008.1.2.4.57", 10, new[] { "+el", "+sv", "7" })]
    public void GetFrame_JpegLossless_EqualsOriginalAndDcmdjpeg(string expectedSyntax, int bitsStored, string[] options)
    {
        using var temp = new TempDirectory();
        var original = DcmtkImage.Pattern(bitsStored);
        var native = DcmtkImage.CreateNative(temp, "lossless", original, bitsStored > 8 ? 16 : 8, bitsStored);
        var compressed = DcmtkImage.Compress(native, "jpeg", options);
        Assert.Equal(expectedSyntax, DicomFile.Open(compressed).Meta.TransferSyntax.Uid);

        var ours = DcmtkImage.ReadSamples(compressed);
        var dcmtk = DcmtkImage.ReadSamples(DcmtkImage.Decompress(compressed));

        Assert.Equal(original, dcmtk);
        Assert.Equal(dcmtk, ours);
    }

    [Fact]
    public void GetFrame_JpegLosslessSigned_EqualsDcmdjpeg()
    {
        using var temp = new TempDirectory();
        var original = DcmtkImage.Pattern(12, signed: true);
        var native = DcmtkImage.CreateNative(temp, "signed", original, 16, 12, signed: true);
        var compressed = DcmtkImage.Compress(native, "jpeg", "+e1");

        var ours = DcmtkImage.ReadSamples(compressed);
        var dcmtk = DcmtkImage.ReadSamples(DcmtkImage.Decompress(compressed));

        Assert.Equal(original, dcmtk);
        Assert.Equal(dcmtk, ours);
    }

    [Fact]
    public void GetFrame_JpegLosslessWithPointTransform_EqualsDcmdjpeg()
    {
        // Point transform 2 drops the two low bits (not reversible); the decoder must shift the result back up.
        using var temp = new TempDirectory();
        var native = DcmtkImage.CreateNative(temp, "pt", DcmtkImage.Pattern(12), 16, 12);
        var compressed = DcmtkImage.Compress(native, "jpeg", "+el", "+sv", "1", "+pt", "2");

        var ours = DcmtkImage.ReadSamples(compressed);
        var dcmtk = DcmtkImage.ReadSamples(DcmtkImage.Decompress(compressed));

        Assert.Equal(dcmtk, ours);
        Assert.All(ours, v => Assert.Equal(0, v & 3));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.4.50", 8, "+eb")]
    [InlineData("1.2.840.10008.1.2.4.51", 8, "+ee")]
    [InlineData("1.2.840.10008.1.2.4.51", 12, "+ee")]
    public void GetFrame_JpegLossy_WithinOneOfDcmdjpeg(string expectedSyntax, int bitsStored, string option)
    {
        using var temp = new TempDirectory();
        var original = DcmtkImage.Pattern(bitsStored);
        var native = DcmtkImage.CreateNative(temp, "lossy", original, bitsStored > 8 ? 16 : 8, bitsStored);
        var compressed = DcmtkImage.Compress(native, "jpeg", option);
        Assert.Equal(expectedSyntax, DicomFile.Open(compressed).Meta.TransferSyntax.Uid);

        var ours = DcmtkImage.ReadSamples(compressed);
        var dcmtk = DcmtkImage.ReadSamples(DcmtkImage.Decompress(compressed));

        Assert.Equal(dcmtk.Length, ours.Length);
        var maxDifference = ours.Zip(dcmtk, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDifference <= 1, $"largest difference from dcmdjpeg is {maxDifference}");
    }

    [Theory]
    [InlineData("+eb")]
    [InlineData("+e1")]
    public void GetFrame_Img2dcmFromBmp_MatchesBitmapAndDcmdjpeg(string option)
    {
        using var temp = new TempDirectory();
        var original = DcmtkImage.Pattern(8);
        var native = DcmtkImage.CreateWithImg2dcm(temp, "bmp", original);
        Assert.Equal(original, DcmtkImage.ReadSamples(native));

        var compressed = DcmtkImage.Compress(native, "jpeg", option);
        var ours = DcmtkImage.ReadSamples(compressed);
        var dcmtk = DcmtkImage.ReadSamples(DcmtkImage.Decompress(compressed));

        var maxDifference = ours.Zip(dcmtk, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(maxDifference <= (option == "+e1" ? 0 : 1), $"largest difference from dcmdjpeg is {maxDifference}");
    }

    [Fact]
    public void GetFrame_RgbLosslessInterleaved_GivesLumaOfDcmdjpegOutput()
    {
        // Three interleaved components exercise the general scan loop; both sides reduce RGB to the same luma.
        using var temp = new TempDirectory();
        var native = DcmtkImage.CreateRgbWithImg2dcm(
            temp, "rgb", DcmtkImage.Pattern(8, seed: 3), DcmtkImage.Pattern(8, seed: 4), DcmtkImage.Pattern(8, seed: 5));
        var compressed = DcmtkImage.Compress(native, "jpeg", "+e1");

        var ours = DcmtkImage.ReadSamples(compressed);
        var dcmtk = DcmtkImage.ReadSamples(DcmtkImage.Decompress(compressed));

        Assert.Equal(dcmtk, ours);
        Assert.Equal(DcmtkImage.ReadSamples(native), ours);
    }

    [Theory]
    [InlineData("+e1")]
    [InlineData("+eb")]
    public void GetFrame_TruncatedJpegFragment_ThrowsOnlyTypedErrors(string option)
    {
        using var temp = new TempDirectory();
        var native = DcmtkImage.CreateNative(temp, "trunc", DcmtkImage.Pattern(8), 8, 8);
        var file = DicomFile.Open(DcmtkImage.Compress(native, "jpeg", option));
        var fragments = (DicomFragmentSequence)file.Dataset[DicomTag.PixelData]!;
        var whole = fragments.Fragments[0];

        foreach (var length in new[] { 2, 20, whole.Length / 3, whole.Length / 2, whole.Length - 3 })
        {
            var cut = new DicomFragmentSequence(DicomTag.PixelData, [whole[..length]]);
            file.Dataset.AddOrUpdate(cut);
            var pixelData = SimSid.Dicom.Imaging.DicomPixelData.Create(file.Dataset, file.Meta.TransferSyntax);

            var ex = Record.Exception(() => pixelData.GetFrame(0));

            // A stream cut inside the entropy-coded data may still decode (missing samples read as zero bits);
            // anything else must be the typed pixel-data error.
            if (ex is not null)
            {
                var typed = Assert.IsType<DicomDataException>(ex);
                Assert.Equal(DicomTag.PixelData, typed.Tag);
            }
        }
    }

    [Theory]
    [InlineData("+ot")] // basic offset table, one fragment per frame
    [InlineData("-ot")] // empty offset table: frames found by fragment count
    [InlineData("-ot", "+fs", "1")] // empty offset table, 1 KB fragments: frames found by their EOI
    [InlineData("+ot", "+fs", "1")] // offset table over multi-fragment frames
    public void GetFrame_MultiFrameLossless_EachFrameEqualsOriginal(params string[] fragmentation)
    {
        using var temp = new TempDirectory();
        int[] first = DcmtkImage.Pattern(12, seed: 1);
        int[] second = DcmtkImage.Pattern(12, seed: 2);
        var native = DcmtkImage.CreateNative(temp, "frames", [.. first, .. second], 16, 12);
        var compressed = DcmtkImage.Compress(native, "jpeg", ["+e1", .. fragmentation]);

        Assert.Equal(first, DcmtkImage.ReadSamples(compressed, 0));
        Assert.Equal(second, DcmtkImage.ReadSamples(compressed, 1));
    }

    [Theory]
    [InlineData("+e1")]
    [InlineData("+eb")]
    [InlineData("+ee")]
    public void GetFrame_MutatedJpegStreams_DecodeOrThrowTypedError(string option)
    {
        using var temp = new TempDirectory();
        var native = DcmtkImage.CreateNative(temp, "fuzz", DcmtkImage.Pattern(8), 8, 8);
        var file = DicomFile.Open(DcmtkImage.Compress(native, "jpeg", option));
        var original = ((DicomFragmentSequence)file.Dataset[DicomTag.PixelData]!).Fragments[0].ToArray();
        var random = new Random(20261129);

        for (var round = 0; round < 300; round++)
        {
            var mutated = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            }

            file.Dataset.AddOrUpdate(new DicomFragmentSequence(DicomTag.PixelData, [mutated]));
            var pixelData = SimSid.Dicom.Imaging.DicomPixelData.Create(file.Dataset, file.Meta.TransferSyntax);

            var ex = Record.Exception(() => pixelData.GetFrame(0));

            Assert.True(ex is null or DicomDataException, $"round {round}: {ex}");
        }
    }

    [Theory]
    [InlineData("+e1")]
    [InlineData("+eb")]
    public void GetFrame_JpegSizeDiffersFromRows_ThrowsNamingPixelData(string option)
    {
        using var temp = new TempDirectory();
        var native = DcmtkImage.CreateNative(temp, "size", DcmtkImage.Pattern(8), 8, 8);
        var file = DicomFile.Open(DcmtkImage.Compress(native, "jpeg", option));
        file.Dataset.AddOrUpdate(DicomTag.Rows, (ushort)(DcmtkImage.Height + 1));

        var pixelData = SimSid.Dicom.Imaging.DicomPixelData.Create(file.Dataset, file.Meta.TransferSyntax);
        var ex = Assert.Throws<DicomDataException>(() => pixelData.GetFrame(0));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
        Assert.Contains("67x45", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetFrame_NativeFromDump2dcm_EqualsWrittenSamples()
    {
        using var temp = new TempDirectory();
        var original = DcmtkImage.Pattern(12);

        var ours = DcmtkImage.ReadSamples(DcmtkImage.CreateNative(temp, "native", original, 16, 12));

        Assert.Equal(original, ours);
    }
}
