using System.Runtime.InteropServices;
using SimSid.Dicom;
using SimSid.Testing;

namespace SimSid.Dicom.Tests.Core;

/// <summary>Reader properties beyond round trips: zero-copy values, allocation bounds, sniffing, UN sequences.</summary>
public sealed class ReaderBehaviourTests
{
    [Fact]
    public void Read_LittleEndianBuffer_PixelDataIsASliceOfTheInput()
    {
        var bytes = new DicomFile(CoreTestData.SecondaryCapture()).ToBytes();

        var pixels = (DicomElement)DicomFile.Read(bytes).Dataset[DicomTag.PixelData]!;

        Assert.True(MemoryMarshal.TryGetArray(pixels.Buffer, out var segment));
        Assert.Same(bytes, segment.Array);
    }

    [Fact]
    public void Open_LargeFile_AllocatesAboutTheFileSize()
    {
        using var dir = new TempDirectory("core");
        var path = dir.Combine("large.dcm");
        var ds = CoreTestData.SecondaryCapture();
        ds.AddOrUpdate(DicomTag.PixelData, DicomVR.OW, new byte[4_000_000]);
        new DicomFile(ds).Save(path);
        var length = new FileInfo(path).Length;

        var before = GC.GetAllocatedBytesForCurrentThread();
        var file = DicomFile.Open(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(4_000_000, ((DicomElement)file.Dataset[DicomTag.PixelData]!).Length);
        Assert.InRange(allocated, length, length + 200_000);
    }

    [Fact]
    public void Read_NonSeekableStream_SameAsBuffer()
    {
        var bytes = new DicomFile(CoreTestData.Nested(), DicomTransferSyntax.ImplicitVRLittleEndian).ToBytes();
        using var pipe = new NonSeekableStream(bytes);

        var file = DicomFile.Read(pipe);

        DatasetAssert.Equal(DicomFile.Read(bytes).Dataset, file.Dataset);
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2.1")]
    [InlineData("1.2.840.10008.1.2")]
    public void Read_RawDatasetWithoutMeta_EncodingSniffed(string syntaxUid)
    {
        var syntax = DicomTransferSyntax.Lookup(syntaxUid);
        var original = CoreTestData.SecondaryCapture();

        var file = DicomFile.Read(DicomDatasetWriter.ToBytes(original, syntax));

        Assert.False(file.HasPart10Header);
        Assert.Equal(syntax, file.Meta.TransferSyntax);
        DatasetAssert.Equal(original, file.Dataset, compareVR: syntax.IsExplicitVR);
        Assert.Equal(original.GetString(DicomTag.SOPInstanceUID), file.Meta.MediaStorageSOPInstanceUID);
    }

    [Fact]
    public void Read_ExplicitUNWithUndefinedLength_ParsedAsImplicitSequence()
    {
        // PS3.5 §6.2.2: an SQ sent as UN with undefined length holds implicit VR little endian items.
        byte[] dataset =
        [
            .. RawBytes.Explicit(0x0011, 0x1010, "UN", [], length: 0xFFFFFFFF),
            .. RawBytes.ItemTag(0xE000, 0xFFFFFFFF),
            .. RawBytes.Implicit(0x0008, 0x0100, "ABC "u8.ToArray()),
            .. RawBytes.ItemTag(0xE00D, 0),
            .. RawBytes.ItemTag(0xE0DD, 0),
            .. RawBytes.Explicit(0x0020, 0x0013, "IS", "7 "u8.ToArray()),
        ];

        var ds = DicomDatasetReader.Read(dataset.AsSpan(), DicomTransferSyntax.ExplicitVRLittleEndian);

        var sequence = Assert.IsType<DicomSequence>(ds[new DicomTag(0x0011, 0x1010)]);
        Assert.Equal("ABC", sequence.Items[0].GetString(DicomTag.CodeValue));
        Assert.Equal(7, ds.GetValue<int>(DicomTag.InstanceNumber));
    }

    [Fact]
    public void Read_DefinedLengthSequencesAndItems_Parsed()
    {
        var item = RawBytes.Implicit(0x0008, 0x1155, "1.2.3\0"u8.ToArray());
        byte[] sequence = [.. RawBytes.ItemTag(0xE000, (uint)item.Length), .. item];
        byte[] dataset = [.. RawBytes.Implicit(0x0008, 0x1140, sequence), .. RawBytes.Implicit(0x0028, 0x0010, [2, 1])];

        var ds = DicomDatasetReader.Read(dataset.AsSpan(), DicomTransferSyntax.ImplicitVRLittleEndian);

        Assert.Equal("1.2.3", ds.GetSequence(DicomTag.ReferencedImageSequence)!.Items[0].GetString(DicomTag.ReferencedSOPInstanceUID));
        Assert.Equal((ushort)0x0102, ds.GetValue<ushort>(DicomTag.Rows));
    }

    [Fact]
    public void Read_ItemsInheritCharacterSet()
    {
        var ds = CoreTestData.SecondaryCapture("ISO_IR 192");
        ds.AddOrUpdate(new DicomSequence(DicomTag.ReferencedPatientSequence, new DicomDataset()));
        var bytes = new DicomFile(ds).ToBytes();
        var patched = DicomFile.Read(bytes).Dataset;

        Assert.Same(DicomCharacterSet.Utf8, patched.GetSequence(DicomTag.ReferencedPatientSequence)!.Items[0].CharacterSet);
    }

    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
