using SimSid.Dicom.Imaging;

namespace SimSid.Dicom.Tests.Imaging;

public sealed class DicomPixelDataTests
{
    [Fact]
    public void GetFrame_BitsStoredBelowAllocated_MasksBitsAboveHighBit()
    {
        // Top four bits hold overlay garbage; only bits 0..11 are the sample.
        var ds = SyntheticImage.Words(3, 1, [0xF800, 0x0FFF, 0xA001], bitsStored: 12);

        var samples = DicomPixelData.Create(ds).GetFrame(0);

        Assert.Equal(new[] { 0x800, 0xFFF, 0x001 }, samples);
    }

    [Fact]
    public void GetFrame_Signed12Bit_SignExtendsFromBit11()
    {
        var ds = SyntheticImage.Words(4, 1, [0x0FFF, 0x0800, 0x07FF, 0xF001], bitsStored: 12, signed: true);

        var samples = DicomPixelData.Create(ds).GetFrame(0);

        Assert.Equal(new[] { -1, -2048, 2047, 1 }, samples);
    }

    [Fact]
    public void GetFrame_Signed16Bit_ReadsTwosComplement()
    {
        var ds = SyntheticImage.Words(3, 1, [0xFC18, 0x0000, 0x03E8], signed: true);

        Assert.Equal(new[] { -1000, 0, 1000 }, DicomPixelData.Create(ds).GetFrame(0));
    }

    [Fact]
    public void GetFrame_HighBitAboveBitsStoredMinusOne_ShiftsDown()
    {
        // 12 stored bits in bits 4..15 (High Bit 15).
        var ds = SyntheticImage.Words(2, 1, [0xFFF0, 0x001F], bitsStored: 12, highBit: 15);

        Assert.Equal(new[] { 4095, 1 }, DicomPixelData.Create(ds).GetFrame(0));
    }

    [Fact]
    public void GetFrame_EightBit_ReadsBytes()
    {
        var ds = SyntheticImage.Bytes(2, 2, [0, 127, 128, 255]);

        Assert.Equal(new[] { 0, 127, 128, 255 }, DicomPixelData.Create(ds).GetFrame(0));
    }

    [Fact]
    public void GetFrame_PixelDataTooShort_ThrowsNamingPixelData()
    {
        var ds = SyntheticImage.Words(2, 2, [1, 2, 3]);

        var ex = Assert.Throws<DicomDataException>(() => DicomPixelData.Create(ds).GetFrame(0));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
    }

    [Fact]
    public void Create_NoRows_ThrowsNamingRows()
    {
        var ds = SyntheticImage.Words(1, 1, [1]);
        ds.Remove(DicomTag.Rows);

        var ex = Assert.Throws<DicomDataException>(() => DicomPixelData.Create(ds));

        Assert.Equal(DicomTag.Rows, ex.Tag);
    }

    [Fact]
    public void Create_NoPixelData_ThrowsNamingPixelData()
    {
        var ds = SyntheticImage.Words(1, 1, [1]);
        ds.Remove(DicomTag.PixelData);

        var ex = Assert.Throws<DicomDataException>(() => DicomPixelData.Create(ds));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.4.91")]
    [InlineData("1.2.840.10008.1.2.4.90")]
    [InlineData("1.2.840.10008.1.2.4.80")]
    [InlineData("1.2.840.10008.1.2.5")]
    [InlineData("1.2.3.4.5.6")]
    public void Create_EncapsulatedInUndecodableSyntax_ThrowsUnsupportedNamingUid(string uid)
    {
        var ds = SyntheticImage.Encapsulated(2, 2, [0xFF, 0x4F, 0xFF, 0x51]);

        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomPixelData.Create(ds, DicomTransferSyntax.Lookup(uid)));

        Assert.Equal(uid, ex.TransferSyntaxUid);
        Assert.StartsWith($"unsupported transfer syntax {uid}", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Create_JpegTwoThousandCodestreamWithoutSyntax_IdentifiesIt()
    {
        var ds = SyntheticImage.Encapsulated(2, 2, [0xFF, 0x4F, 0xFF, 0x51, 0, 0]);

        var ex = Assert.Throws<DicomUnsupportedTransferSyntaxException>(() => DicomPixelData.Create(ds));

        Assert.Equal("1.2.840.10008.1.2.4.91", ex.TransferSyntaxUid);
    }

    [Fact]
    public void GetFrame_JpegWithoutScan_ThrowsTypedDataError()
    {
        var ds = SyntheticImage.Encapsulated(8, 8, [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xD9]);
        var pixelData = DicomPixelData.Create(ds, DicomTransferSyntax.JPEGBaseline8Bit);

        var ex = Assert.Throws<DicomDataException>(() => pixelData.GetFrame(0));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
    }
}
