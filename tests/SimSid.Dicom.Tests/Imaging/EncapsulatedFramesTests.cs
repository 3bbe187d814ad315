using System.Buffers.Binary;
using SimSid.Dicom.Imaging;

namespace SimSid.Dicom.Tests.Imaging;

public sealed class EncapsulatedFramesTests
{
    private static readonly byte[] FrameAStart = [0xFF, 0xD8, 1, 2];
    private static readonly byte[] FrameAEnd = [3, 0xFF, 0xD9, 0x00];
    private static readonly byte[] FrameB = [0xFF, 0xD8, 9, 0xFF, 0xD9, 0x00];

    [Fact]
    public void Split_WithOffsetTable_GroupsFragmentsByItemOffsets()
    {
        // Item offsets: fragment 0 at 0, fragment 1 at 8 + 4 = 12, fragment 2 at 12 + 8 + 4 = 24.
        var table = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(table, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), 24);
        var pixels = new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, table, [FrameAStart, FrameAEnd, FrameB]);

        var runs = EncapsulatedFrames.Split(pixels, 2);

        Assert.Equal([(0, 2), (2, 1)], runs);
        Assert.Equal(FrameAStart.Concat(FrameAEnd).ToArray(), EncapsulatedFrames.GetFrame(pixels, 2, 0).ToArray());
        Assert.Equal(FrameB, EncapsulatedFrames.GetFrame(pixels, 2, 1).ToArray());
    }

    [Fact]
    public void Split_NoOffsetTableSeveralFrames_EndsFramesAtEndOfImage()
    {
        var pixels = new DicomFragmentSequence(DicomTag.PixelData, [FrameAStart, FrameAEnd, FrameB]);

        Assert.Equal([(0, 2), (2, 1)], EncapsulatedFrames.Split(pixels, 2));
    }

    [Fact]
    public void Split_NoOffsetTableOneFrame_TakesAllFragments()
    {
        var pixels = new DicomFragmentSequence(DicomTag.PixelData, [FrameAStart, FrameAEnd]);

        Assert.Equal([(0, 2)], EncapsulatedFrames.Split(pixels, 1));
    }

    [Fact]
    public void GetFrame_OffsetTableNotAtItemStart_ThrowsNamingPixelData()
    {
        var table = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(table, 5);
        var pixels = new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, table, [FrameB]);

        var ex = Assert.Throws<DicomDataException>(() => EncapsulatedFrames.GetFrame(pixels, 1, 0));

        Assert.Equal(DicomTag.PixelData, ex.Tag);
    }

    [Fact]
    public void GetFrame_FrameBeyondFragments_ThrowsNamingPixelData()
    {
        var pixels = new DicomFragmentSequence(DicomTag.PixelData, [FrameB]);

        Assert.Throws<DicomDataException>(() => EncapsulatedFrames.GetFrame(pixels, 3, 2));
    }
}
